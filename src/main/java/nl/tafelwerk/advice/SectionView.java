package nl.tafelwerk.advice;

import java.util.List;

/**
 * One section as read now: its written text, its live sources and whether a source changed since someone last
 * accepted ("bron gewijzigd"). {@code removedSources} names the keys of sources accepted earlier that are gone now.
 * {@code generated} is the part the application writes next to the text (Minderheidsstandpunten: the positions per
 * sector and the dissent), empty for the other sections.
 */
public record SectionView(AdviceSection section, String text, List<TracedSource> sources, List<String> removedSources,
                          boolean outdated, String generated) {

    public SectionView {
        sources = List.copyOf(sources);
        removedSources = List.copyOf(removedSources);
    }
}
