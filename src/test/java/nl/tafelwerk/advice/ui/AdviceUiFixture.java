package nl.tafelwerk.advice.ui;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.tafelwerk.advice.Advice;
import nl.tafelwerk.advice.AdviceService;
import nl.tafelwerk.agenda.LifecycleAction;
import nl.tafelwerk.agenda.ScreeningGates;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.agenda.VraagstukDraft;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.agenda.VraagstukType;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An advice of the test's own: a fresh vraagstuk (unique title) walked to 'in uitwerking', its advice started by the chair. */
public final class AdviceUiFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserDetailsService users;
    private final VraagstukService vraagstukken;
    private final AdviceService advices;

    public AdviceUiFixture(ApplicationContext context) {
        this.users = context.getBean(UserDetailsService.class);
        this.vraagstukken = context.getBean(VraagstukService.class);
        this.advices = context.getBean(AdviceService.class);
    }

    public void actAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A new advice in Concept; the caller's login is kept. */
    public Advice newAdvice(String title) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        try {
            actAs("lid-haz");
            String unique = title + " " + System.nanoTime() + "-" + SEQUENCE.incrementAndGet();
            Vraagstuk v = vraagstukken.submit(VraagstukDraft.of(unique, VraagstukType.AFHANKELIJKHEDEN_BOUWSTENEN, "HAZ"));
            actAs("voorzitter");
            v = vraagstukken.update(v.code(), new VraagstukDraft(v.title(), v.type(), v.source(), "Wat moet eerst?",
                    "De aanleiding.", v.urgency(), v.submittedBySector(), Set.of("HAZ", "MSZ"), Set.of("MITZ", "BGZ"), "IB",
                    v.workingGroup(), v.owner(), v.nextMeeting(), v.version()));
            actAs("programmabureau");
            v = vraagstukken.transition(v.code(), LifecycleAction.IN_TOETSING_NEMEN, null, v.version());
            v = vraagstukken.screen(v.code(), vraagstukken.screeningGates().stream().map(ScreeningGates.Gate::code)
                    .collect(Collectors.toSet()), v.version());
            actAs("voorzitter");
            v = vraagstukken.transition(v.code(), LifecycleAction.TOELATEN, null, v.version());
            v = vraagstukken.transition(v.code(), LifecycleAction.AGENDEREN, null, v.version());
            v = vraagstukken.transition(v.code(), LifecycleAction.UITWERKING_STARTEN, null, v.version());
            return advices.create(v.code());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    /** The same advice, put ter consultatie by the chair. */
    public Advice inConsultation(String title) {
        Advice advice = newAdvice(title);
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        try {
            actAs("voorzitter");
            return advices.startConsultation(advice.id(), advice.version());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
