package nl.tafelwerk.advice.internal;

import java.util.Optional;
import nl.tafelwerk.advice.Advice;
import nl.tafelwerk.advice.AdviceSection;
import nl.tafelwerk.advice.AdviceService;
import nl.tafelwerk.advice.Stance;
import nl.tafelwerk.agenda.LifecycleAction;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.agenda.VraagstukStatus;
import nl.tafelwerk.shared.seed.SeedCatalog;
import nl.tafelwerk.shared.seed.SeedImportStep;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One demo advice, once: VS-09 (medicatieoverdracht) worked out and its advice ter consultatie, with the positions of
 * HAZ and MSZ (LZ still missing), so the views show something real. Made through the services, as the people who may
 * (the agenda's lifecycle, prefill, positions), so the demo follows the same rules and history as real use.
 */
@Component
class AdviceSeedImport implements SeedImportStep {

    static final String DEMO_VRAAGSTUK = "VS-09";

    private final AdviceRepository advices;
    private final AdviceService service;
    private final VraagstukService vraagstukken;
    private final UserDetailsService users;

    AdviceSeedImport(AdviceRepository advices, AdviceService service, VraagstukService vraagstukken, UserDetailsService users) {
        this.advices = advices;
        this.service = service;
        this.vraagstukken = vraagstukken;
        this.users = users;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String name() {
        return "advies";
    }

    @Override
    @Transactional
    public int importFrom(SeedCatalog catalog) {
        if (advices.count() > 0) {
            return 0;
        }
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            actAs("voorzitter");
            Optional<Vraagstuk> found = vraagstukken.find(DEMO_VRAAGSTUK);
            if (found.isEmpty() || found.get().status() != VraagstukStatus.OP_VOORRAADAGENDA) {
                return 0;
            }
            Vraagstuk v = found.get();
            if (v.gremiumCode() == null) {
                v = vraagstukken.update(v.code(), v.toDraft().withGremium("IB"));
            }
            v = vraagstukken.transition(v.code(), LifecycleAction.AGENDEREN, null, v.version());
            v = vraagstukken.transition(v.code(), LifecycleAction.UITWERKING_STARTEN, null, v.version());

            actAs("programmabureau");
            Advice a = service.create(v.code());
            a = service.save(a.id(), a.toDraft().with(AdviceSection.MINDERHEIDSSTANDPUNTEN,
                    "MSZ steunt het advies met voorbehoud; zie de standpunten hieronder."));
            a = service.startConsultation(a.id(), a.version());

            actAs("lid-haz");
            service.setPosition(a.id(), "HAZ", Stance.STEUNT,
                    "De huisartsen kunnen met MP9 in de Kickstart-regio's starten.");
            actAs("lid-msz");
            service.setPosition(a.id(), "MSZ", Stance.STEUNT_MET_VOORBEHOUD,
                    "Alleen als de ziekenhuisleveranciers de MP9-koppeling in 2026 kunnen testen.");
            actAs("lid-lz");
            service.suggest(a.id(), AdviceSection.GEVOLGEN, a.text(AdviceSection.GEVOLGEN)
                    + "\n\nVoor de langdurige zorg vraagt opschaling extra ondersteuning van de apotheken.", "Aanvulling vanuit LZ");
            return 1;
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private void actAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
