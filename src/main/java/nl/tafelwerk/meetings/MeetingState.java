package nl.tafelwerk.meetings;

/** The life of a table meeting (DOMAIN.md §7): planned, agenda fixed, papers sent, running, closed, minutes adopted. */
public enum MeetingState {
    GEPLAND,
    AGENDA_VASTGESTELD,
    STUKKEN_VERZONDEN,
    LOPEND,
    AFGEROND,
    VERSLAG_VASTGESTELD;

    public String messageKey() {
        return "meeting.state." + name();
    }

    /** Adopted minutes are the evidence of what was decided: nothing of the meeting changes any more. */
    public boolean isFrozen() {
        return this == VERSLAG_VASTGESTELD;
    }
}
