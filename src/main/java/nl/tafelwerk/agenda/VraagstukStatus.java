package nl.tafelwerk.agenda;

/** Lifecycle of a vraagstuk (DOMAIN.md §2, derived). */
public enum VraagstukStatus {
    INGEDIEND,
    IN_TOETSING,
    TERUG_NAAR_INDIENER,
    NIET_TOEGELATEN,
    OP_VOORRAADAGENDA,
    GEPARKEERD,
    GEAGENDEERD,
    IN_UITWERKING,
    ADVIES_IN_CONCEPT,
    ADVIES_GEDRAGEN,
    AANGEBODEN,
    BESLUIT_ONTVANGEN,
    AFGESLOTEN,
    INGETROKKEN
}
