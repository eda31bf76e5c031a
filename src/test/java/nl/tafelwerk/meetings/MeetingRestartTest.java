package nl.tafelwerk.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.tafelwerk.shared.RestartableApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The application stops in the middle of a running meeting and starts again on the same data folder:
 * every decision, action and minutes text saved before is still there, and the meeting still runs at
 * the chair's item.
 */
class MeetingRestartTest {

    private RestartableApplication application;

    @AfterEach
    void removeData() throws IOException {
        RestartableApplication.cleanUp(application);
    }

    @Test
    void decisionsActionsAndMinutesSavedDuringARunningMeetingSurviveARestart() throws IOException {
        application = RestartableApplication.inNewFolder("meeting-restart-");
        long meetingId;
        long second;
        LocalDate due = LocalDate.now().plusYears(2).plusDays(14);
        try (ConfigurableApplicationContext first = application.start()) {
            MeetingService meetings = first.getBean(MeetingService.class);
            RestartableApplication.actAs(first, "programmabureau");
            LocalDateTime start = LocalDate.now().plusYears(2).atTime(13, 30);
            Meeting m = meetings.plan(new NewMeeting(start, start.plusHours(2), "Den Haag"));
            meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.OVERIG, null, "Opening", "Voorzitter", 5));
            second = meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.RISICO, null, "Risico: financiering", null, 15)).id();
            meetings.take(m.id(), MeetingStep.AGENDA_VASTSTELLEN);
            meetings.take(m.id(), MeetingStep.STUKKEN_VERZENDEN);
            RestartableApplication.actAs(first, "voorzitter");
            meetings.take(m.id(), MeetingStep.OPENEN);
            meetings.goTo(m.id(), second);
            meetings.recordDecision(m.id(), second, "Het risico wordt gemeld bij het bestuurlijk overleg", null,
                    DecisionOutcome.OVERIG);
            meetings.addAction(m.id(), second, "Risicoparagraaf schrijven", "lid-lz", due);
            meetings.saveMinutes(m.id(), second, "De tafel bespreekt het financieringsrisico.", meetings.minutes(m.id(), second).version());
            meetingId = m.id();
        }
        SecurityContextHolder.clearContext();

        try (ConfigurableApplicationContext again = application.start()) {
            MeetingService meetings = again.getBean(MeetingService.class);
            RestartableApplication.actAs(again, "lid-lz");
            Meeting m = meetings.find(meetingId).orElseThrow();
            assertThat(m.state()).isEqualTo(MeetingState.LOPEND);
            assertThat(m.currentItemId()).isEqualTo(second);
            assertThat(meetings.decisions(meetingId)).extracting(Decision::text)
                    .containsExactly("Het risico wordt gemeld bij het bestuurlijk overleg");
            assertThat(meetings.myActions()).extracting(MeetingAction::description, MeetingAction::dueDate)
                    .contains(org.assertj.core.groups.Tuple.tuple("Risicoparagraaf schrijven", due));
            assertThat(meetings.minutes(meetingId, second).text()).isEqualTo("De tafel bespreekt het financieringsrisico.");
        }
    }
}
