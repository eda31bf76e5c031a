package nl.tafelwerk.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.shared.audit.AuditOutcome;
import nl.tafelwerk.shared.audit.AuditType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** Audit entries are kept for the retention period and then deleted by a nightly job. */
@TafelwerkTest
class AuditRetentionTest {

    /**
     * A night in the past, so the entries the other tests write today are all younger than its cut-off
     * (400 days earlier: 2024-04-27T01:17Z) and stay.
     */
    private static final Instant NIGHT = Instant.parse("2025-06-01T01:17:00Z");

    @Autowired
    AuditEntryRepository entries;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AuditRetention scheduled;
    @Autowired
    List<ScheduledTaskHolder> schedulers;

    @Test
    void entriesOlderThanTheRetentionPeriodAreDeletedAndTheDeletionIsLogged() {
        AuditEntryEntity tooOld = entries.save(entry("retentie-oud", Instant.parse("2024-04-27T01:16:59Z")));
        AuditEntryEntity justKept = entries.save(entry("retentie-net", Instant.parse("2024-04-27T01:17:01Z")));
        AuditEntryEntity recent = entries.save(entry("retentie-recent", Instant.parse("2025-05-01T10:00:00Z")));
        AuditRetention retention = new AuditRetention(entries, events, Duration.ofDays(400), Clock.fixed(NIGHT, ZoneOffset.UTC));

        int deleted = retention.purge();

        assertThat(deleted).isEqualTo(1);
        assertThat(entries.findById(tooOld.toEntry().id())).isEmpty();
        assertThat(entries.findById(justKept.toEntry().id())).isPresent();
        assertThat(entries.findById(recent.toEntry().id())).isPresent();
        assertThat(entries.findAll()).map(AuditEntryEntity::toEntry)
                .filteredOn(e -> e.type() == AuditType.AUDIT_PURGED)
                .anySatisfy(e -> {
                    assertThat(e.actor()).isEqualTo(AuditRetention.SYSTEM);
                    assertThat(e.detail()).isEqualTo(deleted + " regels van voor 2024-04-27T01:17:00Z");
                });
        assertThat(retention.purge()).as("a second run the same night finds nothing more").isZero();
    }

    @Test
    void theApplicationKeeps400DaysByDefaultAndPurgesEveryNight() {
        Instant today = Instant.now();
        AuditEntryEntity old = entries.save(entry("retentie-399", today.minus(Duration.ofDays(399))));
        scheduled.purge();
        assertThat(entries.findById(old.toEntry().id())).as("399 days old is kept by default").isPresent();

        assertThat(schedulers.stream().flatMap(holder -> holder.getScheduledTasks().stream()).map(Object::toString))
                .anyMatch(task -> task.contains("AuditRetention.purgeNightly"));
    }

    private static AuditEntryEntity entry(String actor, Instant at) {
        return new AuditEntryEntity(at, actor, AuditType.LOGIN_SUCCEEDED, AuditOutcome.SUCCESS, actor, null, "192.0.2.1");
    }
}
