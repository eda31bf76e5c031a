package nl.tafelwerk.collaboration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.collaboration.Notice;
import nl.tafelwerk.identity.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Notices by e-mail against a real SMTP server on loopback (GreenMail). The shared test context runs
 * without {@code spring.mail.host} (mail off); here the same classes are wired with a mail sender by hand
 * ({@link LoopbackMail}), on the shared database, as Spring Boot wires them when the host is set.
 */
@TafelwerkTest
class NotificationMailTest {

    @Autowired
    NotificationRepository stored;
    @Autowired
    MailOutboxRepository outbox;
    @Autowired
    UserService userService;
    @Autowired
    UserDetailsService details;
    @Autowired
    ApplicationContext context;

    LoopbackMail mail;
    GreenMail smtp;
    JavaMailSenderImpl sender;
    MailDispatcher dispatcher;
    StoredNotifications notifications;
    String member;

    @BeforeEach
    void setUp() {
        mail = LoopbackMail.start(context);
        smtp = mail.smtp();
        sender = mail.sender();
        dispatcher = mail.dispatcher();
        notifications = mail.storedNotifications();
        member = new NotificationTestUsers(details, userService).newMember("mail");
    }

    @AfterEach
    void tearDown() {
        mail.close();
    }

    @Test
    void aNoticeReachesTheMailboxWithSubjectDutchBodyLinkAndAttachment() throws Exception {
        byte[] pdf = "%PDF-1.7 advies".getBytes(StandardCharsets.US_ASCII);
        notifications.notifyUsers(List.of(member), new Notice("advice.sent", "Advies verzonden: VS-01",
                "Het advies over VS-01 is verzonden aan het bestuurlijk overleg.", "adviezen/VS-01",
                List.of(new Notice.Attachment("advies-VS-01.pdf", "application/pdf", pdf))));

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("the mail arrives without anyone calling the job").isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Address::toString)).containsExactly(member + "@example.org");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("tafel@example.org");
        assertThat(mail.getSubject()).isEqualTo("[Tafelwerk] Advies verzonden: VS-01");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        String text = plainText(parts.getBodyPart(0));
        assertThat(text).contains("Het advies over VS-01 is verzonden aan het bestuurlijk overleg.")
                .contains("Openen in Tafelwerk: https://tafelwerk.example.org/adviezen/VS-01");
        BodyPart attachment = parts.getBodyPart(1);
        assertThat(attachment.getFileName()).isEqualTo("advies-VS-01.pdf");
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(pdf);

        // the server has the mail before the sender has marked it sent: wait for that mark
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(outbox.findByRecipientEmailOrderByIdAsc(member + "@example.org"))
                        .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MailOutboxEntity.Status.SENT)));
        assertThat(stored.findByRecipientOrderByIdDesc(member)).hasSize(1);
    }

    @Test
    void withTheMailServerDownTheNoticeIsStillThereAndTheMailIsRetried() throws Exception {
        sender.setPort(aPortNobodyListensOn());
        notifications.notifyUsers(List.of(member), new Notice("meeting.papers-sent", "Stukken verzonden",
                "De stukken staan klaar.", "vergaderingen/3"));

        MailOutboxEntity failed = waitForAttempts(1);
        assertThat(failed.status()).isEqualTo(MailOutboxEntity.Status.PENDING);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.nextAttemptAt()).as("tried again a minute later").isAfter(Instant.now().plusSeconds(30));
        assertThat(stored.findByRecipientOrderByIdDesc(member)).as("the notice in the app does not wait for the mail")
                .singleElement().satisfies(n -> assertThat(n.toItem().title()).isEqualTo("Stukken verzonden"));
        assertThat(dispatcher.sendDue()).as("not due yet").isZero();

        sender.setPort(smtp.getSmtp().getPort());
        assertThat(dispatcher.sendDue(Instant.now().plus(Duration.ofMinutes(2)))).isEqualTo(1);

        assertThat(smtp.getReceivedMessages()).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("[Tafelwerk] Stukken verzonden"));
        assertThat(outbox.findByRecipientEmailOrderByIdAsc(member + "@example.org")).singleElement()
                .satisfies(m -> {
                    assertThat(m.status()).isEqualTo(MailOutboxEntity.Status.SENT);
                    assertThat(m.attempts()).isEqualTo(2);
                });
    }

    private MailOutboxEntity waitForAttempts(int attempts) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            List<MailOutboxEntity> mails = outbox.findByRecipientEmailOrderByIdAsc(member + "@example.org");
            if (mails.size() == 1 && mails.getFirst().attempts() >= attempts) {
                return mails.getFirst();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no attempt to send the mail within 10 s");
    }

    /** The text part, wherever Spring's helper nested it (mixed, then related, then the text). */
    private static String plainText(jakarta.mail.Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        MimeMultipart nested = (MimeMultipart) content;
        return plainText(nested.getBodyPart(0));
    }

    private static int aPortNobodyListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
