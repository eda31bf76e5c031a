package nl.tafelwerk.collaboration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import nl.tafelwerk.AbstractUiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import nl.tafelwerk.collaboration.internal.NotificationSignals;
import nl.tafelwerk.collaboration.ui.NotificationsView;
import nl.tafelwerk.identity.NewUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.UserService;
import nl.tafelwerk.shell.StartView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell's unread count (also live, while the screen is open) and the Meldingen view. */
class NotificationsViewTest extends AbstractUiTest {

    @Autowired
    Notifications notifications;
    @Autowired
    UserService users;
    @Autowired
    NotificationSignals signals;

    String member;

    @BeforeEach
    void newMember() {
        member = "bel-" + System.nanoTime() % 1_000_000;
        login("beheerder");
        users.create(new NewUser(member, "Bel Test", Role.OBSERVER, null, "een-goed-wachtwoord", null));
        login(member);
    }

    @Test
    void theBellCountsUnreadNoticesAndFollowsNewOnesLive() {
        notifications.notifyUsers(List.of(member), new Notice("t", "Agenda vastgesteld", "Tekst", "vergaderingen"));
        UI.getCurrent().navigate(StartView.class);
        Span count = _get(Span.class, spec -> spec.withId("notification-count"));
        assertThat(count.isVisible()).isTrue();
        assertThat(count.getText()).isEqualTo("1");
        assertThat(_get(Button.class, spec -> spec.withId("notification-bell")).getElement().getAttribute("aria-label"))
                .isEqualTo("Meldingen: 1 nieuw");

        notifications.notifyUsers(List.of(member), new Notice("t", "Stukken verzonden", "Tekst", "vergaderingen"));
        roundtrips();

        assertThat(count.getText()).as("without reload").isEqualTo("2");
    }

    @Test
    void theListFiltersMarksReadAndOpensTheLink() {
        notifications.notifyUsers(List.of(member), new Notice("t", "Agenda vastgesteld", "Lees de agenda.", "vergaderingen"));
        notifications.notifyUsers(List.of(member), new Notice("t", "Advies vastgesteld", "Over VS-07.", "voorraadagenda"));
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Meldingen · Tafelwerk");
        @SuppressWarnings("unchecked")
        Grid<NotificationItem> grid = _get(Grid.class, spec -> spec.withId("notifications-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).title()).as("newest first").isEqualTo("Advies vastgesteld");
        assertThat(_get(Span.class, spec -> spec.withId("notifications-count")).getText())
                .isEqualTo("2 meldingen, 2 ongelezen");

        HorizontalLayout firstActions = (HorizontalLayout) GridKt._getCellComponent(grid, 0, "actions");
        _click(_get(firstActions, Button.class, spec -> spec.withClasses("notification-mark-read")));
        _get(Checkbox.class, spec -> spec.withId("notifications-unread-only")).setValue(true);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).title()).isEqualTo("Agenda vastgesteld");
        assertThat(_get(Span.class, spec -> spec.withId("notification-count")).getText()).isEqualTo("1");

        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid, 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withClasses("notification-open")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("vergaderingen");
        assertThat(_find(Span.class, spec -> spec.withId("notification-count")))
                .as("opening marks it read: no count on the bell").isEmpty();
    }

    @Test
    void closingTheSessionLeavesNothingOfTheUserInMemory() {
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(signals.listening(member)).as("the bell and the list listen").isTrue();

        MockVaadin.tearDown();

        assertThat(signals.listening(member)).isFalse();
        MockVaadin.setup();
    }

    @Test
    void allReadClearsTheBell() {
        notifications.notifyUsers(List.of(member), new Notice("t", "Een", "Tekst", "meldingen"));
        notifications.notifyUsers(List.of(member), new Notice("t", "Twee", "Tekst", "meldingen"));
        UI.getCurrent().navigate(NotificationsView.class);
        _click(_get(Button.class, spec -> spec.withId("notifications-all-read")));
        roundtrips();
        assertThat(_find(Span.class, spec -> spec.withId("notification-count"))).as("no count on the bell").isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("notifications-count")).getText())
                .isEqualTo("2 meldingen, 0 ongelezen");
    }
}
