package nl.tafelwerk.collaboration.internal;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works off the mail outbox (DD038): right after notices are stored, and every half minute for the ones
 * that failed and are due again. Without {@code spring.mail.host} there is no mail sender and this does
 * nothing. The database connection is not held while talking to the mail server.
 */
@Component
@EnableScheduling
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 50;

    private final @Nullable JavaMailSender sender;
    private final MailOutboxRepository outbox;
    private final MailSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ReentrantLock working = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "mail-outbox");
        thread.setDaemon(true);
        return thread;
    });

    @Autowired
    MailDispatcher(ObjectProvider<JavaMailSender> sender, MailOutboxRepository outbox, MailSettings settings,
                   PlatformTransactionManager transactions) {
        this(sender.getIfAvailable(), outbox, settings, transactions, Clock.systemUTC());
    }

    MailDispatcher(@Nullable JavaMailSender sender, MailOutboxRepository outbox, MailSettings settings,
                   PlatformTransactionManager transactions, Clock clock) {
        this.sender = sender;
        this.outbox = outbox;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        if (sender == null) {
            log.info("No spring.mail.host: notifications stay in the app, no e-mail is sent");
        }
    }

    boolean enabled() {
        return sender != null;
    }

    /** Sends what is due in the background, so the caller never waits for the mail server. */
    void sendSoon() {
        try {
            background.execute(this::sendDue);
        } catch (RejectedExecutionException e) {
            log.debug("Mail outbox is shutting down; the retry job sends it after the next start");
        }
    }

    @Scheduled(fixedDelayString = "${tafelwerk.mail.poll:PT30S}", initialDelayString = "${tafelwerk.mail.poll:PT30S}")
    void sendDueOnSchedule() {
        if (enabled()) {
            sendDue();
        }
    }

    /** Sends every mail that is due now; returns how many were sent. */
    int sendDue() {
        return sendDue(clock.instant());
    }

    int sendDue(Instant now) {
        if (sender == null) {
            return 0;
        }
        if (!working.tryLock()) {
            again.set(true);
            return 0;
        }
        int sent = 0;
        try {
            do {
                again.set(false);
                List<Long> due;
                do {
                    due = outbox.findDue(now, PageRequest.of(0, BATCH));
                    for (Long id : due) {
                        if (sendOne(sender, id, now)) {
                            sent++;
                        }
                    }
                } while (due.size() == BATCH);
            } while (again.get());
        } catch (RuntimeException e) {
            log.error("The mail outbox could not be worked off; the next run tries again", e);
        } finally {
            working.unlock();
        }
        return sent;
    }

    private boolean sendOne(JavaMailSender mailSender, long id, Instant now) {
        MimeMessage message = transaction.execute(status -> outbox.findById(id)
                .filter(m -> m.status() == MailOutboxEntity.Status.PENDING)
                .map(m -> compose(mailSender, m)).orElse(null));
        if (message == null) {
            return false;
        }
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        try {
            mailSender.send(message);
        } catch (MailException e) {
            transaction.executeWithoutResult(status -> outbox.findById(id).ifPresent(m -> {
                m.failed(at, String.valueOf(e.getMessage()), settings.retryDelay(), settings.maxAttempts());
                if (m.status() == MailOutboxEntity.Status.FAILED) {
                    log.error("Gave up mailing {} after {} attempts: {}", m.recipientEmail(), m.attempts(), m.lastError());
                } else {
                    log.warn("Mail to {} failed (attempt {}), trying again from {}: {}", m.recipientEmail(),
                            m.attempts(), m.nextAttemptAt(), m.lastError());
                }
            }));
            return false;
        }
        transaction.executeWithoutResult(status -> outbox.findById(id).ifPresent(m -> m.sent(at)));
        return true;
    }

    private MimeMessage compose(JavaMailSender mailSender, MailOutboxEntity mail) {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(mail.recipientEmail());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            for (MailOutboxEntity.Attachment attachment : mail.attachments()) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                        attachment.mediaType());
            }
            message.saveChanges();
        } catch (MessagingException e) {
            throw new IllegalStateException("Mail " + mail.id() + " cannot be composed", e);
        }
        return message;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
