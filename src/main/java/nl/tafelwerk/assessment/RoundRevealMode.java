package nl.tafelwerk.assessment;

/**
 * Set when a round opens: whether the reveal names each member or shows sectors only (the Delphi practice of
 * anonymous individual answers). The per-sector view is always shown.
 */
public enum RoundRevealMode {
    NAMED,
    SECTORS_ONLY;

    public String messageKey() {
        return "round.reveal." + name();
    }
}
