package nl.tafelwerk.collaboration.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import nl.tafelwerk.collaboration.Notifications;
import nl.tafelwerk.identity.UserDirectory;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Mail switched on for one test without a Spring context of its own: a GreenMail SMTP server on a free loopback
 * port, and the notification classes wired to it by hand, as Spring Boot wires them when {@code spring.mail.host} is
 * set, on the shared context's database. The shared context itself runs with mail off.
 */
public final class LoopbackMail implements AutoCloseable {

    public static final String FROM = "tafel@example.org";
    public static final String BASE_URL = "https://tafelwerk.example.org/";

    private final GreenMail smtp;
    private final JavaMailSenderImpl sender;
    private final MailDispatcher dispatcher;
    private final StoredNotifications notifications;

    private LoopbackMail(ApplicationContext context) {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "5000");
        sender.setJavaMailProperties(properties);
        MailSettings settings = new MailSettings(FROM, BASE_URL, 3, Duration.ofMinutes(1));
        PlatformTransactionManager transactions = context.getBean(PlatformTransactionManager.class);
        MailOutboxRepository outbox = context.getBean(MailOutboxRepository.class);
        dispatcher = new MailDispatcher(sender, outbox, settings, transactions, Clock.systemUTC());
        notifications = new StoredNotifications(context.getBean(NotificationRepository.class), outbox,
                context.getBean(UserDirectory.class), context.getBean(NotificationSignals.class), dispatcher, settings,
                transactions);
    }

    public static LoopbackMail start(ApplicationContext context) {
        return new LoopbackMail(context);
    }

    /** Notifications that store the notice and mail it to the recipients' addresses through the loopback server. */
    public Notifications notifications() {
        return notifications;
    }

    /** The mailbox: every mail the server received. */
    public GreenMail smtp() {
        return smtp;
    }

    JavaMailSenderImpl sender() {
        return sender;
    }

    MailDispatcher dispatcher() {
        return dispatcher;
    }

    StoredNotifications storedNotifications() {
        return notifications;
    }

    @Override
    public void close() {
        dispatcher.stop();
        smtp.stop();
    }
}
