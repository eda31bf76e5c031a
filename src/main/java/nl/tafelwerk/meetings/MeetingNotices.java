package nl.tafelwerk.meetings;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.tafelwerk.collaboration.Notice;
import nl.tafelwerk.collaboration.Notifications;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.UserDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Fixing the agenda and sending the papers tell everyone at the table (issue 13): members, observers,
 * the chair and the programme office, in the app and by e-mail where configured; not the administrators,
 * and not the person who took the step. Runs once the step is committed, so a refused step tells nobody.
 * The texts are Dutch on purpose: a notice is stored and mailed as written (the contract of {@link Notice}).
 */
@Component
class MeetingNotices {

    static final String AGENDA_FIXED = "meeting.agenda-fixed";
    static final String PAPERS_SENT = "meeting.papers-sent";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.of("nl", "NL"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MeetingService meetings;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Notifications notifications;

    MeetingNotices(MeetingService meetings, UserDirectory users, CurrentUser currentUser, Notifications notifications) {
        this.meetings = meetings;
        this.users = users;
        this.currentUser = currentUser;
        this.notifications = notifications;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    void onStep(MeetingService.MeetingStepTaken taken) {
        if (taken.step() != MeetingStep.AGENDA_VASTSTELLEN && taken.step() != MeetingStep.STUKKEN_VERZENDEN) {
            return;
        }
        Meeting meeting = meetings.find(taken.meetingId()).orElse(null);
        if (meeting == null) {
            return;
        }
        String actor = currentUser.get().map(AuthenticatedUser::username).orElse("");
        List<String> recipients = users.active().stream()
                .filter(u -> u.role() != Role.ADMIN && !u.username().equals(actor))
                .map(AuthenticatedUser::username).toList();
        notifications.notifyUsers(recipients, notice(meeting, taken));
    }

    static Notice notice(Meeting meeting, MeetingService.MeetingStepTaken taken) {
        String day = DAY.format(meeting.startsAt());
        String when = day + ", " + TIME.format(meeting.startsAt()) + "–" + TIME.format(meeting.endsAt())
                + " (" + meeting.place() + ")";
        StringBuilder agenda = new StringBuilder();
        for (AgendaItem item : meeting.items()) {
            agenda.append(item.position()).append(". ").append(item.title())
                    .append(" (").append(item.plannedMinutes()).append(" min)\n");
        }
        String link = "vergaderingen/" + meeting.id();
        if (taken.step() == MeetingStep.AGENDA_VASTSTELLEN) {
            return new Notice(AGENDA_FIXED, "Agenda vastgesteld: tafelvergadering " + day,
                    taken.by() + " heeft de agenda vastgesteld van de tafelvergadering op " + when + ".\n\n"
                            + "Agenda:\n" + agenda, link);
        }
        return new Notice(PAPERS_SENT, "Stukken verzonden: tafelvergadering " + day,
                taken.by() + " heeft de stukken verzonden voor de tafelvergadering op " + when + ". "
                        + "Lees ze vóór de vergadering; bij elk agendapunt staat wat erbij hoort.\n\n"
                        + "Agenda:\n" + agenda, link);
    }
}
