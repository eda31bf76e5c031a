package nl.tafelwerk.advice;

import java.util.List;

/** What changed between two versions, per section, word by word. Sections without change have no parts changed. */
public record VersionDiff(int from, int to, List<SectionDiff> sections) {

    public VersionDiff {
        sections = List.copyOf(sections);
    }

    public record SectionDiff(AdviceSection section, List<Part> parts) {
        public SectionDiff {
            parts = List.copyOf(parts);
        }

        public boolean changed() {
            return parts.stream().anyMatch(p -> p.kind() != PartKind.SAME);
        }
    }

    /** A run of text that is the same in both, only in the older version (REMOVED), or only in the newer (ADDED). */
    public record Part(PartKind kind, String text) {
    }

    public enum PartKind {
        SAME,
        REMOVED,
        ADDED
    }
}
