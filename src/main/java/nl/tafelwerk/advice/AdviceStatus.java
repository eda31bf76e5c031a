package nl.tafelwerk.advice;

/** Where an advice is (DD040). From VASTGESTELD on, the texts are frozen; a new version starts a new CONCEPT. */
public enum AdviceStatus {
    CONCEPT,
    TER_CONSULTATIE,
    VASTGESTELD,
    AANGEBODEN,
    BESLUIT_ONTVANGEN;

    public boolean frozen() {
        return this == VASTGESTELD || this == AANGEBODEN || this == BESLUIT_ONTVANGEN;
    }

    public String messageKey() {
        return "advice.status." + name();
    }
}
