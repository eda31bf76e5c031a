package nl.tafelwerk.collaboration.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.tafelwerk.collaboration.Notice;
import nl.tafelwerk.collaboration.Notifications;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a notice per recipient and, when mail is configured and the recipient has an address, puts an
 * e-mail in the outbox, in one transaction of its own (DD038). Then the recipients' open screens are told
 * and the outbox is worked off in the background. A failure here is logged and never reaches the caller:
 * the caller's action has already happened.
 */
@Component
class StoredNotifications implements Notifications {

    private static final Logger log = LoggerFactory.getLogger(StoredNotifications.class);

    private final NotificationRepository notifications;
    private final MailOutboxRepository outbox;
    private final UserDirectory users;
    private final NotificationSignals signals;
    private final MailDispatcher mail;
    private final MailSettings settings;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    @Autowired
    StoredNotifications(NotificationRepository notifications, MailOutboxRepository outbox, UserDirectory users,
                        NotificationSignals signals, MailDispatcher mail, MailSettings settings,
                        PlatformTransactionManager transactions) {
        this(notifications, outbox, users, signals, mail, settings, transactions, Clock.systemUTC());
    }

    StoredNotifications(NotificationRepository notifications, MailOutboxRepository outbox, UserDirectory users,
                        NotificationSignals signals, MailDispatcher mail, MailSettings settings,
                        PlatformTransactionManager transactions, Clock clock) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.users = users;
        this.signals = signals;
        this.mail = mail;
        this.settings = settings;
        this.ownTransaction = new TransactionTemplate(transactions);
        // its own transaction, also when a caller forgot to call after commit: a notice never rolls back an action
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public void notifyUsers(Collection<String> usernames, Notice notice) {
        Set<String> delivered;
        try {
            delivered = ownTransaction.execute(status -> store(usernames, notice));
        } catch (RuntimeException e) {
            log.error("Notice {} ({}) could not be stored for {}", notice.kind(), notice.title(), usernames, e);
            return;
        }
        if (delivered == null || delivered.isEmpty()) {
            return;
        }
        delivered.forEach(signals::changed);
        if (mail.enabled()) {
            mail.sendSoon();
        }
    }

    private Set<String> store(Collection<String> usernames, Notice notice) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Set<String> delivered = new LinkedHashSet<>();
        for (String name : new LinkedHashSet<>(usernames)) {
            Optional<AuthenticatedUser> person = users.findActive(name);
            if (person.isEmpty()) {
                continue;
            }
            String username = person.get().username();
            if (!delivered.add(username)) {
                continue;
            }
            NotificationEntity saved = notifications.save(new NotificationEntity(username, notice.kind(), notice.title(),
                    notice.body(), notice.link(), now));
            if (mail.enabled()) {
                users.emailOf(username).ifPresent(address -> outbox.save(new MailOutboxEntity(saved.id(), address,
                        "[Tafelwerk] " + notice.title(), mailBody(notice), attachments(notice), now)));
            }
        }
        return delivered;
    }

    private String mailBody(Notice notice) {
        return notice.body().strip() + "\n\n"
                + "Openen in Tafelwerk: " + settings.urlOf(notice.link()) + "\n\n"
                + "-- \n"
                + "Dit bericht komt van Tafelwerk, de werkplek van de intersectorale planningstafel. "
                + "Al uw meldingen staan ook in Tafelwerk onder Meldingen: " + settings.urlOf("meldingen") + "\n";
    }

    private static List<MailOutboxEntity.Attachment> attachments(Notice notice) {
        return notice.attachments().stream()
                .map(a -> new MailOutboxEntity.Attachment(a.fileName(), a.mediaType(), a.content())).toList();
    }
}
