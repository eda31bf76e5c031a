package nl.tafelwerk.shared.audit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something security-relevant happened; publish it with Spring's {@code ApplicationEventPublisher}.
 * Who (the logged-in user), when and from which address are added by the audit log itself. Never
 * put a password, a session id or file contents in {@code subject} or {@code detail}.
 *
 * @param type    what happened
 * @param subject what it happened to, e.g. the user name that was changed or "voorraadagenda"
 * @param detail  a short free text, e.g. the file name of an import, or null
 * @param outcome whether it happened
 * @param actor   who did it when that is not the logged-in user (a login attempt names the user
 *                name typed); null means the logged-in user
 */
public record AuditEvent(AuditType type, String subject, @Nullable String detail, AuditOutcome outcome,
                         @Nullable String actor) {

    public AuditEvent {
        Objects.requireNonNull(type);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(outcome);
    }

    /** What the logged-in user did. */
    public static AuditEvent of(AuditType type, String subject, @Nullable String detail, AuditOutcome outcome) {
        return new AuditEvent(type, subject, detail, outcome, null);
    }

    /** A successful act of the logged-in user. */
    public static AuditEvent success(AuditType type, String subject, @Nullable String detail) {
        return new AuditEvent(type, subject, detail, AuditOutcome.SUCCESS, null);
    }
}
