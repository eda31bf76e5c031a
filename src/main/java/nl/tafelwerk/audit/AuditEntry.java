package nl.tafelwerk.audit;

import java.time.Instant;
import nl.tafelwerk.shared.audit.AuditOutcome;
import nl.tafelwerk.shared.audit.AuditType;
import org.jspecify.annotations.Nullable;

/** One line of the audit log: who did what, when, from where, and how it ended. */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditType type, AuditOutcome outcome, String subject,
                         @Nullable String detail, String clientAddress) {
}
