package nl.tafelwerk.collaboration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.collaboration.Notice;
import nl.tafelwerk.collaboration.NotificationItem;
import nl.tafelwerk.collaboration.NotificationService;
import nl.tafelwerk.collaboration.Notifications;
import nl.tafelwerk.identity.UserDirectory;
import nl.tafelwerk.identity.UserService;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;

/** In-app notifications: one per recipient, read/unread, only one's own, live signal, retention, no mail by default. */
@TafelwerkTest
class NotificationsTest {

    @Autowired
    Notifications notifications;
    @Autowired
    NotificationService service;
    @Autowired
    NotificationRepository stored;
    @Autowired
    MailOutboxRepository outbox;
    @Autowired
    NotificationSignals signals;
    @Autowired
    NotificationRetention retention;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    MailSettings settings;
    @Autowired
    UserDirectory directory;
    @Autowired
    UserService userService;
    @Autowired
    UserDetailsService details;
    @Autowired
    PlatformTransactionManager transactions;

    NotificationTestUsers users;
    String anna;
    String bram;

    @BeforeEach
    void setUp() {
        users = new NotificationTestUsers(details, userService);
        anna = users.newMember("meld-anna");
        bram = users.newMember("meld-bram");
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachRecipientGetsTheirOwnUnreadNoticeAndUnknownNamesAreSkipped() {
        notifications.notifyUsers(List.of(anna, bram, "bestaat-niet", anna),
                new Notice("test.notice", "Agenda vastgesteld: test", "De agenda staat klaar.", "vergaderingen/1"));

        users.actAs(anna);
        assertThat(service.unreadCount()).isEqualTo(1);
        List<NotificationItem> mine = service.mine(null, false);
        assertThat(mine).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("Agenda vastgesteld: test");
            assertThat(n.body()).isEqualTo("De agenda staat klaar.");
            assertThat(n.link()).isEqualTo("vergaderingen/1");
            assertThat(n.read()).isFalse();
        });
        long annasId = mine.getFirst().id();
        assertThat(service.markRead(annasId).read()).isTrue();
        assertThat(service.unreadCount()).isZero();
        assertThat(service.mine(null, true)).isEmpty();
        assertThat(service.mine(null, false)).hasSize(1);

        users.actAs(bram);
        assertThat(service.unreadCount()).as("Bram's own notice is still unread").isEqualTo(1);
        assertThatThrownBy(() -> service.markRead(annasId)).as("nobody marks another person's notice")
                .isInstanceOf(DomainException.class);
        assertThat(service.markAllRead()).isEqualTo(1);
        assertThat(service.unreadCount()).isZero();
    }

    @Test
    void theListFiltersOnTitleAndBodyNewestFirst() {
        notifications.notifyUsers(List.of(anna), new Notice("t", "Stukken verzonden", "Lees ze vooraf.", "vergaderingen/2"));
        notifications.notifyUsers(List.of(anna), new Notice("t", "Advies vastgesteld", "Over VS-07 en de stukken.", "adviezen/VS-07"));

        users.actAs(anna);
        assertThat(service.mine(null, false)).extracting(NotificationItem::title)
                .containsExactly("Advies vastgesteld", "Stukken verzonden");
        assertThat(service.mine("STUKKEN", false)).extracting(NotificationItem::title)
                .containsExactly("Advies vastgesteld", "Stukken verzonden");
        assertThat(service.mine("vs-07", false)).extracting(NotificationItem::title).containsExactly("Advies vastgesteld");
    }

    @Test
    void anOpenScreenIsToldAndForgottenOnceClosed() {
        AtomicInteger told = new AtomicInteger();
        Registration screen = signals.listen(anna, told::incrementAndGet);
        notifications.notifyUsers(List.of(anna, bram), new Notice("t", "Een", "Tekst", "meldingen"));
        assertThat(told).hasValue(1);

        users.actAs(anna);
        service.markAllRead();
        assertThat(told).as("marking read updates the bell on the other screens too").hasValue(2);

        int before = signals.listeningPeople();
        screen.remove();
        assertThat(signals.listeningPeople()).as("nothing of Anna stays in memory once her last screen closed")
                .isEqualTo(before - 1);
        notifications.notifyUsers(List.of(anna), new Notice("t", "Twee", "Tekst", "meldingen"));
        assertThat(told).hasValue(2);
    }

    @Test
    void noticesOlderThanTheRetentionAreDeletedAtNight() {
        Clock longAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(181)), ZoneOffset.UTC);
        new StoredNotifications(stored, outbox, directory, signals, dispatcher, settings, transactions, longAgo)
                .notifyUsers(List.of(anna), new Notice("t", "Oud", "Van een half jaar geleden", "meldingen"));
        notifications.notifyUsers(List.of(anna), new Notice("t", "Nieuw", "Van vandaag", "meldingen"));

        assertThat(retention.purge()).isGreaterThanOrEqualTo(1);

        users.actAs(anna);
        assertThat(service.mine(null, false)).extracting(NotificationItem::title).containsExactly("Nieuw");
    }

    @Test
    void withoutAMailServerConfiguredNoMailIsQueuedAndNothingFails() {
        assertThat(dispatcher.enabled()).isFalse();
        notifications.notifyUsers(List.of(anna), new Notice("t", "Alleen in de app", "Tekst", "meldingen",
                List.of(new Notice.Attachment("a.txt", "text/plain", new byte[] {1, 2}))));

        assertThat(outbox.findByRecipientEmailOrderByIdAsc(anna + "@example.org")).isEmpty();
        users.actAs(anna);
        assertThat(service.unreadCount()).isEqualTo(1);
    }
}
