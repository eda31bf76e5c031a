package nl.tafelwerk.advice;

import java.util.EnumMap;
import java.util.Map;

/**
 * The co-edited texts of an advice (Markdown, one per section) and the version they were loaded at. A save with an
 * older {@code baseVersion} is refused with {@link AdviceConflictException}.
 */
public record AdviceDraft(String vraag, String analyse, String betrokken, String afhankelijkheden, String scenarios,
                          String voorkeursscenario, String gevolgen, String minderheidsstandpunten, String gremium,
                          long baseVersion) {

    public static AdviceDraft of(Map<AdviceSection, String> texts, long baseVersion) {
        return new AdviceDraft(get(texts, AdviceSection.VRAAG), get(texts, AdviceSection.ANALYSE),
                get(texts, AdviceSection.BETROKKEN), get(texts, AdviceSection.AFHANKELIJKHEDEN),
                get(texts, AdviceSection.SCENARIOS), get(texts, AdviceSection.VOORKEURSSCENARIO),
                get(texts, AdviceSection.GEVOLGEN), get(texts, AdviceSection.MINDERHEIDSSTANDPUNTEN),
                get(texts, AdviceSection.GREMIUM), baseVersion);
    }

    private static String get(Map<AdviceSection, String> texts, AdviceSection section) {
        String text = texts.get(section);
        return text == null ? "" : text;
    }

    public String text(AdviceSection section) {
        return switch (section) {
            case VRAAG -> vraag;
            case ANALYSE -> analyse;
            case BETROKKEN -> betrokken;
            case AFHANKELIJKHEDEN -> afhankelijkheden;
            case SCENARIOS -> scenarios;
            case VOORKEURSSCENARIO -> voorkeursscenario;
            case GEVOLGEN -> gevolgen;
            case MINDERHEIDSSTANDPUNTEN -> minderheidsstandpunten;
            case GREMIUM -> gremium;
        };
    }

    public Map<AdviceSection, String> texts() {
        Map<AdviceSection, String> texts = new EnumMap<>(AdviceSection.class);
        for (AdviceSection s : AdviceSection.values()) {
            texts.put(s, text(s));
        }
        return texts;
    }

    /** The same texts with one section replaced. */
    public AdviceDraft with(AdviceSection section, String text) {
        Map<AdviceSection, String> texts = texts();
        texts.put(section, text);
        return of(texts, baseVersion);
    }

    public AdviceDraft withBaseVersion(long version) {
        return of(texts(), version);
    }
}
