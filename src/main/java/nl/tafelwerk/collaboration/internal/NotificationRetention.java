package nl.tafelwerk.collaboration.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deletes notifications older than {@code tafelwerk.notifications.retention} (180 days by default) every night. */
@Component
@EnableScheduling
class NotificationRetention {

    private static final Logger log = LoggerFactory.getLogger(NotificationRetention.class);

    private final NotificationRepository notifications;
    private final Duration retention;
    private final Clock clock;

    @Autowired
    NotificationRetention(NotificationRepository notifications,
                          @Value("${tafelwerk.notifications.retention:P180D}") Duration retention) {
        this(notifications, retention, Clock.systemUTC());
    }

    NotificationRetention(NotificationRepository notifications, Duration retention, Clock clock) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("tafelwerk.notifications.retention must be positive, was " + retention);
        }
        this.notifications = notifications;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "${tafelwerk.notifications.purge-cron:0 27 3 * * *}", zone = "Europe/Amsterdam")
    void purgeNightly() {
        purge();
    }

    @Transactional
    int purge() {
        Instant cutoff = clock.instant().minus(retention);
        int deleted = notifications.deleteOlderThan(cutoff);
        if (deleted > 0) {
            log.info("Deleted {} notifications older than {}", deleted, cutoff);
        }
        return deleted;
    }
}
