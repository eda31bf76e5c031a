package nl.tafelwerk.assessment.analysis;

/** What a round scores: a vraagstuk of the agenda or a bouwsteen of the catalogue. */
public enum ItemKind {
    VRAAGSTUK,
    BOUWSTEEN
}
