package nl.tafelwerk.advice;

/** What a section's reference points at. */
public enum SourceKind {
    VRAAGSTUK,
    BOUWSTEEN,
    AFHANKELIJKHEDEN,
    SCENARIO,
    VERGELIJKING,
    VOORKEUR,
    RANGORDE,
    BESLUIT,
    GREMIUM;

    public String messageKey() {
        return "advice.source." + name();
    }
}
