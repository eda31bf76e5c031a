package nl.tafelwerk.assessment;

/** Where a scoring round is: members score while OPEN; CLOSED stops scoring; REVEALED is final. */
public enum RoundStatus {
    OPEN,
    CLOSED,
    REVEALED;

    public String messageKey() {
        return "round.status." + name();
    }
}
