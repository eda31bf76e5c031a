package nl.tafelwerk.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.tafelwerk.shared.audit.AuditEvent;
import nl.tafelwerk.shared.audit.AuditOutcome;
import nl.tafelwerk.shared.audit.AuditType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the audit log to its retention period ({@code tafelwerk.audit.retention}, 400 days by default:
 * a year of meetings and the following audit): every night the entries older than that are deleted, and
 * the deletion itself is logged, so a shortened log is visible in the log.
 */
@Component
@EnableScheduling
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
    static final String SYSTEM = "(systeem)";

    private final AuditEntryRepository entries;
    private final ApplicationEventPublisher events;
    private final Duration retention;
    private final Clock clock;

    @Autowired
    AuditRetention(AuditEntryRepository entries, ApplicationEventPublisher events,
                   @Value("${tafelwerk.audit.retention:P400D}") Duration retention) {
        this(entries, events, retention, Clock.systemUTC());
    }

    AuditRetention(AuditEntryRepository entries, ApplicationEventPublisher events, Duration retention, Clock clock) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("tafelwerk.audit.retention must be positive, was " + retention);
        }
        this.entries = entries;
        this.events = events;
        this.retention = retention;
        this.clock = clock;
    }

    /** At night, Amsterdam time, when nobody is at the table. */
    @Scheduled(cron = "${tafelwerk.audit.purge-cron:0 17 3 * * *}", zone = "Europe/Amsterdam")
    void purgeNightly() {
        purge();
    }

    /** Deletes the entries older than the retention period; returns how many. */
    @Transactional
    int purge() {
        Instant cutoff = clock.instant().minus(retention);
        int deleted = entries.deleteOlderThan(cutoff);
        if (deleted > 0) {
            log.info("Deleted {} audit entries older than {}", deleted, cutoff);
            events.publishEvent(new AuditEvent(AuditType.AUDIT_PURGED, "auditlog",
                    deleted + " regels van voor " + cutoff, AuditOutcome.SUCCESS, SYSTEM));
        }
        return deleted;
    }
}
