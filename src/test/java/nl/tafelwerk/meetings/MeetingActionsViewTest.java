package nl.tafelwerk.meetings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.identity.NewUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.UserService;
import nl.tafelwerk.shell.StartView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13: "Mijn acties", overdue actions on the start page (the owner's, and the table's for the programme
 * office) and the programme office's open actions per sector.
 */
class MeetingActionsViewTest extends AbstractUiTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOverdueActionIsFlaggedForItsOwnerAndTheProgrammeOfficeAndListedUnderItsSector() {
        String owner = "actie-" + System.nanoTime() % 1_000_000;
        login("beheerder");
        // an observer of an informed sector: no member counts of other tests change
        users.create(new NewUser(owner, "Actiehouder GGZ", Role.OBSERVER, "GGZ", "een-goed-wachtwoord"));
        Meeting m = running();
        long item = m.items().getFirst().id();
        MeetingAction action = meetings.addAction(m.id(), item, "Impactanalyse GGZ aanleveren " + owner, owner,
                m.startsAt().toLocalDate().plusDays(7));
        // meetings cannot be planned in the past, so the due date is moved back as time would have done
        jdbc.update("UPDATE meeting_action SET due_date = ? WHERE id = ?", LocalDate.now().minusDays(3), action.id());

        login(owner);
        UI.getCurrent().navigate(StartView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("start-my-actions")).getText()).isEqualTo("Mijn acties: 1 open");
        assertThat(_get(Span.class, spec -> spec.withId("start-overdue")).getText()).isEqualTo("1 te laat");
        assertThat(_find(Anchor.class, spec -> spec.withId("start-table-overdue"))).as("only for the programme office").isEmpty();

        UI.getCurrent().navigate("vergaderingen");
        String mine = _get(Div.class, spec -> spec.withId("my-actions")).getElement().getTextRecursively();
        assertThat(mine).contains("Impactanalyse GGZ aanleveren " + owner).contains("Te laat")
                .contains("uiterlijk " + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.of("nl")).format(LocalDate.now().minusDays(3)));

        login("programmabureau");
        UI.getCurrent().navigate(StartView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("start-table-overdue")).getText())
                .startsWith("Open acties van de tafel te laat: ");
        UI.getCurrent().navigate("vergaderingen");
        String bySector = _get(Div.class, spec -> spec.withId("actions-by-sector")).getElement().getTextRecursively();
        int ggz = bySector.indexOf("GGZ");
        assertThat(ggz).isNotNegative();
        assertThat(bySector.substring(ggz)).contains("Impactanalyse GGZ aanleveren " + owner);
    }

    private Meeting running() {
        login("programmabureau");
        LocalDateTime start = MeetingTestSupport.freeDay().plusYears(11);
        Meeting m = meetings.plan(new NewMeeting(start, start.plusHours(1), "Online"));
        meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.OVERIG, null, "Acties", null, 10));
        meetings.take(m.id(), MeetingStep.AGENDA_VASTSTELLEN);
        meetings.take(m.id(), MeetingStep.STUKKEN_VERZENDEN);
        login("voorzitter");
        return meetings.take(m.id(), MeetingStep.OPENEN);
    }
}
