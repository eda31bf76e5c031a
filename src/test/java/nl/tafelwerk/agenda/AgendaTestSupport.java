package nl.tafelwerk.agenda;

import java.util.List;
import java.util.Map;
import nl.tafelwerk.identity.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Acting as demo users and walking a fresh vraagstuk to a given state. */
final class AgendaTestSupport {

    private static final Map<VraagstukStatus, List<LifecycleAction>> PATH = Map.ofEntries(
            Map.entry(VraagstukStatus.INGEDIEND, List.of()),
            Map.entry(VraagstukStatus.IN_TOETSING, List.of(LifecycleAction.IN_TOETSING_NEMEN)),
            Map.entry(VraagstukStatus.TERUG_NAAR_INDIENER, List.of(LifecycleAction.IN_TOETSING_NEMEN, LifecycleAction.TERUGSTUREN)),
            Map.entry(VraagstukStatus.OP_VOORRAADAGENDA, List.of(LifecycleAction.IN_TOETSING_NEMEN, LifecycleAction.TOELATEN)),
            Map.entry(VraagstukStatus.GEPARKEERD, List.of(LifecycleAction.IN_TOETSING_NEMEN, LifecycleAction.TOELATEN,
                    LifecycleAction.PARKEREN)),
            Map.entry(VraagstukStatus.GEAGENDEERD, List.of(LifecycleAction.IN_TOETSING_NEMEN, LifecycleAction.TOELATEN,
                    LifecycleAction.AGENDEREN)),
            Map.entry(VraagstukStatus.IN_UITWERKING, List.of(LifecycleAction.IN_TOETSING_NEMEN, LifecycleAction.TOELATEN,
                    LifecycleAction.AGENDEREN, LifecycleAction.UITWERKING_STARTEN)),
            Map.entry(VraagstukStatus.ADVIES_IN_CONCEPT, List.of(LifecycleAction.IN_TOETSING_NEMEN, LifecycleAction.TOELATEN,
                    LifecycleAction.AGENDEREN, LifecycleAction.UITWERKING_STARTEN, LifecycleAction.CONCEPTADVIES_GEREED)),
            Map.entry(VraagstukStatus.ADVIES_GEDRAGEN, List.of(LifecycleAction.IN_TOETSING_NEMEN, LifecycleAction.TOELATEN,
                    LifecycleAction.AGENDEREN, LifecycleAction.UITWERKING_STARTEN, LifecycleAction.CONCEPTADVIES_GEREED,
                    LifecycleAction.ADVIES_GEDRAGEN_VERKLAREN)),
            Map.entry(VraagstukStatus.AANGEBODEN, List.of(LifecycleAction.IN_TOETSING_NEMEN, LifecycleAction.TOELATEN,
                    LifecycleAction.AGENDEREN, LifecycleAction.UITWERKING_STARTEN, LifecycleAction.CONCEPTADVIES_GEREED,
                    LifecycleAction.ADVIES_GEDRAGEN_VERKLAREN, LifecycleAction.AANBIEDEN)),
            Map.entry(VraagstukStatus.BESLUIT_ONTVANGEN, List.of(LifecycleAction.IN_TOETSING_NEMEN, LifecycleAction.TOELATEN,
                    LifecycleAction.AGENDEREN, LifecycleAction.UITWERKING_STARTEN, LifecycleAction.CONCEPTADVIES_GEREED,
                    LifecycleAction.ADVIES_GEDRAGEN_VERKLAREN, LifecycleAction.AANBIEDEN, LifecycleAction.BESLUIT_VASTLEGGEN)),
            Map.entry(VraagstukStatus.AFGESLOTEN, List.of(LifecycleAction.IN_TOETSING_NEMEN, LifecycleAction.TOELATEN,
                    LifecycleAction.AGENDEREN, LifecycleAction.UITWERKING_STARTEN, LifecycleAction.CONCEPTADVIES_GEREED,
                    LifecycleAction.ADVIES_GEDRAGEN_VERKLAREN, LifecycleAction.AANBIEDEN, LifecycleAction.BESLUIT_VASTLEGGEN,
                    LifecycleAction.AFSLUITEN)));

    private final UserDetailsService users;
    private final VraagstukService service;

    AgendaTestSupport(UserDetailsService users, VraagstukService service) {
        this.users = users;
        this.service = service;
    }

    void actAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A new vraagstuk submitted by lid-haz (sector HAZ), walked by the chair and programme office to {@code status}. */
    Vraagstuk fresh(VraagstukStatus status, String title) {
        actAs("lid-haz");
        Vraagstuk v = service.submit(VraagstukDraft.of(title, VraagstukType.GENERIEKE_FUNCTIES, "HAZ"));
        for (LifecycleAction step : PATH.get(status)) {
            actAs(step.roles().contains(Role.CHAIR) ? "voorzitter" : "programmabureau");
            if (step == LifecycleAction.TOELATEN) {
                v = service.screen(v.code(), allGates(service), v.version());
            }
            if (step == LifecycleAction.AANBIEDEN && v.gremiumCode() == null) {
                actAs("voorzitter");
                v = service.update(v.code(), v.toDraft().withGremium("IB"));
            }
            v = service.transition(v.code(), step, step.reasonRequired() ? "Reden voor de test" : null, v.version());
        }
        SecurityContextHolder.clearContext();
        return v;
    }

    /** The codes of every gate the current afwegingskader asks screening to check. */
    static java.util.Set<String> allGates(VraagstukService service) {
        return service.screeningGates().stream().map(ScreeningGates.Gate::code).collect(java.util.stream.Collectors.toSet());
    }

    static VraagstukStatus anyFrom(LifecycleAction action) {
        return action.from().iterator().next();
    }
}
