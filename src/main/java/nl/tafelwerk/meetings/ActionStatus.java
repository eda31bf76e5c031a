package nl.tafelwerk.meetings;

public enum ActionStatus {
    OPEN,
    BEZIG,
    AFGEROND;

    public String messageKey() {
        return "meeting.actionStatus." + name();
    }
}
