package nl.tafelwerk.assessment;

/** What a round scores: vraagstukken of the voorraadagenda and bouwstenen of the catalogue. */
public enum RoundItemKind {
    VRAAGSTUK,
    BOUWSTEEN;

    public String messageKey() {
        return "round.kind." + name();
    }
}
