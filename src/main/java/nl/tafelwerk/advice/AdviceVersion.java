package nl.tafelwerk.advice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A vastgestelde version as it was, immutable: the texts, the references of every section, the positions and the
 * generated minority part at the moment the chair vastgesteld it. {@code reason} is why it was started (null for 1).
 */
public record AdviceVersion(long adviceId, int number, Instant fixedAt, String fixedBy, @Nullable String reason,
                            Map<AdviceSection, String> texts, Map<AdviceSection, List<SourceReference>> references,
                            List<SectorPosition> positions, String minorityGenerated) {

    public AdviceVersion {
        texts = Map.copyOf(texts);
        references = Map.copyOf(references);
        positions = List.copyOf(positions);
    }

    public String text(AdviceSection section) {
        String t = texts.get(section);
        return t == null ? "" : t;
    }

    public String label() {
        return "Versie " + number;
    }
}
