package nl.tafelwerk.audit;

/** One sort order of the audit log. */
public record AuditSort(Column column, boolean ascending) {

    public enum Column {
        OCCURRED_AT, ACTOR, TYPE, OUTCOME, SUBJECT, CLIENT_ADDRESS
    }

    /** Newest first, the log's natural reading order. */
    public static final AuditSort NEWEST_FIRST = new AuditSort(Column.OCCURRED_AT, false);
}
