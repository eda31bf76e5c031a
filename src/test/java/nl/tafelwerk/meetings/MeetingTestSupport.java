package nl.tafelwerk.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import nl.tafelwerk.agenda.LifecycleAction;
import nl.tafelwerk.agenda.ScreeningGates;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.agenda.VraagstukDraft;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.agenda.VraagstukType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Acting as demo users, planning meetings on free days and making scheduled vraagstukken. */
final class MeetingTestSupport {

    /** Every meeting a test plans gets its own day, so no two overlap within one test run. */
    private static final AtomicInteger NEXT_DAY = new AtomicInteger();

    private final UserDetailsService users;
    private final MeetingService meetings;
    private final VraagstukService vraagstukken;

    MeetingTestSupport(UserDetailsService users, MeetingService meetings, VraagstukService vraagstukken) {
        this.users = users;
        this.meetings = meetings;
        this.vraagstukken = vraagstukken;
    }

    void actAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static LocalDateTime freeDay() {
        return LocalDate.now().plusYears(3).plusDays(NEXT_DAY.incrementAndGet()).atTime(14, 0);
    }

    Meeting plan() {
        actAs("programmabureau");
        LocalDateTime start = freeDay();
        return meetings.plan(new NewMeeting(start, start.plusHours(2), "Utrecht, Nictiz"));
    }

    /** A new vraagstuk walked to geagendeerd, leaving the caller as programmabureau. */
    Vraagstuk scheduled(String title) {
        actAs("lid-haz");
        Vraagstuk v = vraagstukken.submit(VraagstukDraft.of(title, VraagstukType.GENERIEKE_FUNCTIES, "HAZ"));
        actAs("programmabureau");
        v = vraagstukken.transition(v.code(), LifecycleAction.IN_TOETSING_NEMEN, null, v.version());
        v = vraagstukken.screen(v.code(), vraagstukken.screeningGates().stream().map(ScreeningGates.Gate::code).collect(java.util.stream.Collectors.toSet()), v.version());
        actAs("voorzitter");
        v = vraagstukken.transition(v.code(), LifecycleAction.TOELATEN, null, v.version());
        v = vraagstukken.transition(v.code(), LifecycleAction.AGENDEREN, null, v.version());
        actAs("programmabureau");
        return v;
    }

    /**
     * A later meeting, run up to the decision that adopts {@code closed}'s minutes ("Verslag vorige vergadering
     * vastgesteld"); the caller is the chair afterwards.
     */
    Meeting nextMeetingAdopting(Meeting closed) {
        Meeting next = plan();
        AgendaItem item = meetings.addItem(next.id(), new NewAgendaItem(AgendaItemKind.VERSLAG, String.valueOf(closed.id()),
                null, "Voorzitter", 5));
        meetings.take(next.id(), MeetingStep.AGENDA_VASTSTELLEN);
        meetings.take(next.id(), MeetingStep.STUKKEN_VERZENDEN);
        actAs("voorzitter");
        meetings.take(next.id(), MeetingStep.OPENEN);
        meetings.recordDecision(next.id(), item.id(), null, null, DecisionOutcome.VERSLAG_VASTSTELLEN);
        return meetings.find(next.id()).orElseThrow();
    }

    /** A planned meeting with one item on {@code v}, walked to Lopend; the caller is the chair afterwards. */
    Meeting running(Vraagstuk v) {
        Meeting m = plan();
        meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.VRAAGSTUK, v.code(), null, "Programmabureau", 20));
        meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.RISICO, null, "Risico: capaciteit", null, 10));
        meetings.take(m.id(), MeetingStep.AGENDA_VASTSTELLEN);
        meetings.take(m.id(), MeetingStep.STUKKEN_VERZENDEN);
        actAs("voorzitter");
        return meetings.take(m.id(), MeetingStep.OPENEN);
    }
}
