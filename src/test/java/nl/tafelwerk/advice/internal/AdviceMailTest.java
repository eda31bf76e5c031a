package nl.tafelwerk.advice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.advice.Advice;
import nl.tafelwerk.advice.AdviceDistributionService;
import nl.tafelwerk.advice.AdviceSent;
import nl.tafelwerk.advice.AdviceService;
import nl.tafelwerk.advice.Delivery;
import nl.tafelwerk.advice.RecipientSelection;
import nl.tafelwerk.advice.ui.AdviceUiFixture;
import nl.tafelwerk.collaboration.internal.LoopbackMail;
import nl.tafelwerk.identity.NewUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.UserListItem;
import nl.tafelwerk.identity.UserService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalApplicationListener;

/**
 * From the send button's service call to a real mailbox: a vastgestelde version sent to an informed sector arrives by
 * e-mail at the address of that sector's observer, with the advice's PDF attached. The shared context runs with mail
 * off; as in {@code NotificationMailTest} mail is switched on by hand ({@link LoopbackMail}), and the advice's own
 * listener is registered on the shared context with it, after commit, for the length of the test.
 */
@TafelwerkTest
class AdviceMailTest {

    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    AdviceService advices;
    @Autowired
    AdviceDistributionService distribution;
    @Autowired
    UserService users;

    private LoopbackMail mail;
    private TransactionalApplicationListener<?> mailingNotices;
    private AdviceUiFixture fixture;
    private UserListItem observer;

    @BeforeEach
    void setUp() {
        mail = LoopbackMail.start(context);
        AdviceNotices notices = new AdviceNotices(mail.notifications());
        mailingNotices = TransactionalApplicationListener.forPayload(TransactionPhase.AFTER_COMMIT, (Object payload) -> {
            if (payload instanceof AdviceSent sent) {
                notices.sent(sent);
            }
        });
        context.addApplicationListener(mailingNotices);
        fixture = new AdviceUiFixture(context);
        String username = "post-ggz-" + System.nanoTime() % 1_000_000;
        fixture.actAs("beheerder");
        observer = users.create(new NewUser(username, "Waarnemer GGZ " + username, Role.OBSERVER, "GGZ",
                "een-goed-wachtwoord", username + "@ggz.example.org"));
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void tearDown() {
        context.removeApplicationListener(mailingNotices);
        mail.close();
        // an extra GGZ observer would be an extra recipient in other test classes' distributions
        fixture.actAs("beheerder");
        UserListItem now = users.list().stream().filter(u -> u.id() == observer.id()).findFirst().orElseThrow();
        users.setActive(now.id(), now.version(), false);
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSentVersionArrivesInTheRecipientsMailboxWithTheAdvicesPdf() throws Exception {
        Advice concept = fixture.newAdvice("Per post");
        fixture.actAs("voorzitter");
        Advice adopted = advices.adopt(concept.id(), concept.version());
        String title = "Advies " + adopted.vraagstukCode() + " — " + adopted.vraagstukTitle();

        fixture.actAs("programmabureau");
        List<Delivery> sent = distribution.send(adopted.id(), adopted.versionNumber(),
                new RecipientSelection(false, null, Set.of("GGZ")));
        SecurityContextHolder.clearContext();
        assertThat(sent).extracting(Delivery::recipient).contains(observer.username());

        // the outbox is worked off in the background: the mail arrives without anyone calling a job
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(observer.email()).size() >= 1);
        List<MimeMessage> toObserver = mailsTo(observer.email());
        assertThat(toObserver).as("one mail to the observer's address").hasSize(1);
        MimeMessage received = toObserver.getFirst();
        assertThat(received.getFrom()[0].toString()).isEqualTo(LoopbackMail.FROM);
        assertThat(received.getSubject()).isEqualTo("[Tafelwerk] Advies " + adopted.vraagstukCode() + " versie 1 ontvangen");

        assertThat(received.getContent()).as("a mail with parts: the text and the PDF").isInstanceOf(MimeMultipart.class);
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).as("the text and one attachment").isEqualTo(2);
        assertThat(plainText(parts.getBodyPart(0))).contains("versie 1 van het advies over " + adopted.vraagstukCode())
                .contains("Openen in Tafelwerk: " + LoopbackMail.BASE_URL + "adviezen/" + adopted.id());
        BodyPart attachment = parts.getBodyPart(1);
        assertThat(Part.ATTACHMENT).isEqualToIgnoringCase(attachment.getDisposition());
        assertThat(attachment.getFileName()).isEqualTo("advies-" + adopted.vraagstukCode() + "-v1.pdf");
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        byte[] pdf = attachment.getInputStream().readAllBytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(title);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).as("the advice itself, vastgesteld as version 1").contains("Advies " + adopted.vraagstukCode())
                    .contains("Versie 1 (vastgesteld)");
        }
    }

    private List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : mail.smtp().getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
                found.add(m);
            }
        }
        return found;
    }

    /** The text part, wherever Spring's helper nested it (mixed, then related, then the text). */
    private static String plainText(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        return plainText(((MimeMultipart) content).getBodyPart(0));
    }
}
