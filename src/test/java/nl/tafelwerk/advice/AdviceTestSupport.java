package nl.tafelwerk.advice;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
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

/** Acting as demo users, and a fresh vraagstuk of the test's own (unique title) walked to 'in uitwerking'. */
public final class AdviceTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserDetailsService users;
    private final VraagstukService vraagstukken;

    public AdviceTestSupport(UserDetailsService users, VraagstukService vraagstukken) {
        this.users = users;
        this.vraagstukken = vraagstukken;
    }

    public void actAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Submitted by lid-haz for HAZ, affecting HAZ and MSZ, two bouwstenen, gremium IB; left in 'in uitwerking'. */
    public Vraagstuk inUitwerking(String title) {
        actAs("lid-haz");
        String unique = title + " " + System.nanoTime() + "-" + SEQUENCE.incrementAndGet();
        VraagstukDraft draft = VraagstukDraft.of(unique, VraagstukType.AFHANKELIJKHEDEN_BOUWSTENEN, "HAZ");
        Vraagstuk v = vraagstukken.submit(draft);
        actAs("voorzitter");
        VraagstukDraft detail = new VraagstukDraft(v.title(), v.type(), v.source(), "Wat moet eerst: de beschrijving.",
                "De aanleiding.", v.urgency(), v.submittedBySector(), Set.of("HAZ", "MSZ"), Set.of("MITZ", "BGZ"), "IB",
                v.workingGroup(), v.owner(), v.nextMeeting(), v.version());
        v = vraagstukken.update(v.code(), detail);
        actAs("programmabureau");
        v = vraagstukken.transition(v.code(), LifecycleAction.IN_TOETSING_NEMEN, null, v.version());
        v = vraagstukken.screen(v.code(), vraagstukken.screeningGates().stream().map(ScreeningGates.Gate::code)
                .collect(Collectors.toSet()), v.version());
        actAs("voorzitter");
        v = vraagstukken.transition(v.code(), LifecycleAction.TOELATEN, null, v.version());
        v = vraagstukken.transition(v.code(), LifecycleAction.AGENDEREN, null, v.version());
        v = vraagstukken.transition(v.code(), LifecycleAction.UITWERKING_STARTEN, null, v.version());
        SecurityContextHolder.clearContext();
        return v;
    }

    /**
     * A fresh advice taken through consultation (HAZ steunt, MSZ steunt niet with a reason) and vastgesteld by the
     * chair as version 1; the caller is the chair afterwards.
     */
    Advice adoptedWithPositions(AdviceService service, String title) {
        Vraagstuk v = inUitwerking(title);
        actAs("programmabureau");
        Advice a = service.create(v.code());
        a = service.startConsultation(a.id(), a.version());
        actAs("lid-haz");
        service.setPosition(a.id(), "HAZ", Stance.STEUNT, null);
        actAs("lid-msz");
        service.setPosition(a.id(), "MSZ", Stance.STEUNT_NIET, "Te vroeg voor de ziekenhuizen");
        actAs("voorzitter");
        return service.adopt(a.id(), a.version());
    }
}
