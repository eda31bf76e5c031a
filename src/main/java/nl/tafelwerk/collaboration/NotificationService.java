package nl.tafelwerk.collaboration;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import nl.tafelwerk.collaboration.internal.NotificationEntity;
import nl.tafelwerk.collaboration.internal.NotificationRepository;
import nl.tafelwerk.collaboration.internal.NotificationSignals;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The caller's own notifications ("Meldingen"): list, unread count, mark read. Nobody reads or marks
 * another person's notifications; the recipient is always the caller, never a parameter.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    /** Most notifications the list shows; older ones are still counted and purged after the retention period. */
    public static final int LIST_MAX = 500;

    private final NotificationRepository notifications;
    private final NotificationSignals signals;
    private final CurrentUser currentUser;
    private final Clock clock = Clock.systemUTC();

    NotificationService(NotificationRepository notifications, NotificationSignals signals, CurrentUser currentUser) {
        this.notifications = notifications;
        this.signals = signals;
        this.currentUser = currentUser;
    }

    /** Newest first; {@code text} matches title or body (case-insensitive), {@code unreadOnly} leaves out the read ones. */
    @Transactional(readOnly = true)
    public List<NotificationItem> mine(@Nullable String text, boolean unreadOnly) {
        String term = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        return notifications.findMine(me(), unreadOnly, term, PageRequest.of(0, LIST_MAX)).stream()
                .map(NotificationEntity::toItem).toList();
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(me());
    }

    @Transactional
    public NotificationItem markRead(long id) {
        NotificationEntity notification = notifications.findById(id).filter(n -> n.getRecipient().equals(me()))
                .orElseThrow(() -> new DomainException("notifications.unknown", id));
        if (notification.getReadAt() == null) {
            notification.markRead(now());
            announceAfterCommit(me());
        }
        return notification.toItem();
    }

    /** Returns how many were unread. */
    @Transactional
    public int markAllRead() {
        int marked = notifications.markAllRead(me(), now());
        if (marked > 0) {
            announceAfterCommit(me());
        }
        return marked;
    }

    private void announceAfterCommit(String username) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signals.changed(username);
                }
            });
        } else {
            signals.changed(username);
        }
    }

    private String me() {
        return currentUser.require().username();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
