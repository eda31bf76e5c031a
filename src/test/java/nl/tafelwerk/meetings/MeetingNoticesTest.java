package nl.tafelwerk.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.collaboration.NotificationItem;
import nl.tafelwerk.collaboration.NotificationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 13: fixing the agenda and sending the papers notify the table. Not transactional: the notices
 * go out once the step is committed, as in the application.
 */
@TafelwerkTest
class MeetingNoticesTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    VraagstukService vraagstukken;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserDetailsService userDetails;
    MeetingTestSupport support;

    @BeforeEach
    void setUp() {
        support = new MeetingTestSupport(userDetails, meetings, vraagstukken);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void fixingTheAgendaAndSendingThePapersNotifyMembersObserversAndChairWithALinkToTheMeeting() {
        Meeting m = support.plan();
        meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.RISICO, null, "Risico: capaciteit bij de leveranciers",
                "Programmabureau", 15));
        String link = "vergaderingen/" + m.id();

        meetings.take(m.id(), MeetingStep.AGENDA_VASTSTELLEN);

        for (String person : List.of("lid-haz", "lid-vws", "waarnemer", "info-ggz", "voorzitter")) {
            assertThat(noticesAbout(person, link)).as(person).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(MeetingNotices.AGENDA_FIXED);
                assertThat(n.title()).startsWith("Agenda vastgesteld: tafelvergadering ");
                assertThat(n.body()).contains("Secretaris programmabureau heeft de agenda vastgesteld")
                        .contains("Utrecht, Nictiz").contains("1. Risico: capaciteit bij de leveranciers (15 min)");
                assertThat(n.read()).isFalse();
            });
        }
        assertThat(noticesAbout("programmabureau", link)).as("not who took the step").isEmpty();
        assertThat(noticesAbout("beheerder", link)).as("administrators are not at the table").isEmpty();

        support.actAs("programmabureau");
        meetings.take(m.id(), MeetingStep.STUKKEN_VERZENDEN);

        assertThat(noticesAbout("lid-msz", link)).extracting(NotificationItem::kind)
                .containsExactly(MeetingNotices.PAPERS_SENT, MeetingNotices.AGENDA_FIXED);
        assertThat(noticesAbout("lid-msz", link).getFirst().title()).startsWith("Stukken verzonden: tafelvergadering ");
    }

    @Test
    void aRefusedStepNotifiesNobody() {
        Meeting m = support.plan();
        String link = "vergaderingen/" + m.id();
        try {
            meetings.take(m.id(), MeetingStep.AGENDA_VASTSTELLEN);
        } catch (nl.tafelwerk.shared.DomainException expected) {
            // an empty agenda cannot be fixed
        }
        assertThat(noticesAbout("lid-haz", link)).isEmpty();
    }

    private List<NotificationItem> noticesAbout(String person, String link) {
        support.actAs(person);
        try {
            return notifications.mine(null, false).stream().filter(n -> n.link().equals(link)).toList();
        } finally {
            support.actAs("programmabureau");
        }
    }
}
