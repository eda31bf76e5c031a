package nl.tafelwerk.shared.audit;

/** Whether what was attempted happened. Labels are in the bundles as {@code audit.outcome.<NAME>}. */
public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED
}
