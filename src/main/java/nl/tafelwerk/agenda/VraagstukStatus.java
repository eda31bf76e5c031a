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
    INGETROKKEN;

    public String messageKey() {
        return "agenda.status." + name();
    }

    /** No further step is possible. */
    public boolean isFinal() {
        return this == AFGESLOTEN || this == NIET_TOEGELATEN || this == INGETROKKEN;
    }

    /** Still with the submitter: a member of the submitting sector may edit it. */
    public boolean isDraft() {
        return this == INGEDIEND || this == TERUG_NAAR_INDIENER;
    }
}
