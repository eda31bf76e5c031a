package nl.tafelwerk.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.tafelwerk.audit.AuditEntry;
import nl.tafelwerk.shared.audit.AuditOutcome;
import nl.tafelwerk.shared.audit.AuditType;
import org.jspecify.annotations.Nullable;

/** Written once, never changed: no version, no setters. */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity {

    static final int ACTOR_MAX = 100;
    static final int SUBJECT_MAX = 200;
    static final int DETAIL_MAX = 500;
    static final int ADDRESS_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditOutcome outcome;

    @Column(nullable = false)
    private String subject;

    private @Nullable String detail;

    @Column(name = "client_address", nullable = false)
    private String clientAddress;

    protected AuditEntryEntity() {
        this.occurredAt = Instant.EPOCH;
        this.actor = "";
        this.type = AuditType.LOGIN_FAILED;
        this.outcome = AuditOutcome.FAILURE;
        this.subject = "";
        this.clientAddress = "";
    }

    AuditEntryEntity(Instant occurredAt, String actor, AuditType type, AuditOutcome outcome, String subject,
                     @Nullable String detail, String clientAddress) {
        this.occurredAt = occurredAt;
        this.actor = clip(actor, ACTOR_MAX);
        this.type = type;
        this.outcome = outcome;
        this.subject = clip(subject, SUBJECT_MAX);
        this.detail = detail == null ? null : clip(detail, DETAIL_MAX);
        this.clientAddress = clip(clientAddress, ADDRESS_MAX);
    }

    /** Cuts at the column width and drops control characters, so a crafted name cannot forge log lines. */
    private static String clip(String value, int max) {
        String clean = value.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }

    AuditEntry toEntry() {
        return new AuditEntry(id == null ? 0 : id, occurredAt, actor, type, outcome, subject, detail, clientAddress);
    }
}
