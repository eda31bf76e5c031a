package nl.tafelwerk.shared.audit;

/** What happened; the audit log is filtered by these. Labels are in the bundles as {@code audit.type.<NAME>}. */
public enum AuditType {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    ACCESS_DENIED,
    USER_CREATED,
    USER_CHANGED,
    USER_ACTIVATED,
    USER_DEACTIVATED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    IMPORT,
    EXPORT,
    AUDIT_PURGED
}
