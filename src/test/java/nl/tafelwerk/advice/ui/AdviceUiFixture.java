package nl.tafelwerk.advice.ui;

import nl.tafelwerk.advice.Advice;
import nl.tafelwerk.advice.AdviceService;
import nl.tafelwerk.advice.AdviceTestSupport;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.agenda.VraagstukService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An advice of the test's own for the pages: a fresh vraagstuk walked to 'in uitwerking' ({@link AdviceTestSupport}), its advice started by the chair. */
public final class AdviceUiFixture {

    private final AdviceTestSupport support;
    private final AdviceService advices;

    public AdviceUiFixture(ApplicationContext context) {
        this.support = new AdviceTestSupport(context.getBean(UserDetailsService.class), context.getBean(VraagstukService.class));
        this.advices = context.getBean(AdviceService.class);
    }

    public void actAs(String username) {
        support.actAs(username);
    }

    /** A new advice in Concept; the caller's login is kept. */
    public Advice newAdvice(String title) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        try {
            Vraagstuk v = support.inUitwerking(title);
            actAs("voorzitter");
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
