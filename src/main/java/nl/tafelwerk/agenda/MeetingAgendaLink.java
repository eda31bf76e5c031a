package nl.tafelwerk.agenda;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.tafelwerk.meetings.MeetingVraagstukken;
import org.springframework.stereotype.Component;

/**
 * The voorraadagenda as meetings see it (DD032): reading and lifecycle steps go through
 * {@link VraagstukService}'s public methods, so its role checks, stale-version check and history apply.
 */
@Component
class MeetingAgendaLink implements MeetingVraagstukken {

    private final VraagstukService service;

    MeetingAgendaLink(VraagstukService service) {
        this.service = service;
    }

    @Override
    public List<LinkedVraagstuk> scheduled() {
        VraagstukFilter geagendeerd = new VraagstukFilter(null, Set.of(VraagstukStatus.GEAGENDEERD), Set.of(), null);
        return service.list(geagendeerd, List.of(AgendaSort.AGREED_ORDER), 0, VraagstukService.PAGE_MAX).stream()
                .map(v -> new LinkedVraagstuk(v.code(), v.title(), v.status().name())).toList();
    }

    @Override
    public Optional<LinkedVraagstuk> find(String code) {
        return service.find(code).map(MeetingAgendaLink::linked);
    }

    @Override
    public LinkedVraagstuk takeStep(String code, String step, String reason) {
        Vraagstuk current = service.find(code).orElseThrow(
                () -> new nl.tafelwerk.shared.DomainException("vraagstukCode", "agenda.unknown", code));
        return linked(service.transition(code, LifecycleAction.valueOf(step), reason, current.version()));
    }

    @Override
    public LinkedVraagstuk assignGremium(String code, String gremiumCode, String reason) {
        return linked(service.assignGremium(code, gremiumCode, reason));
    }

    private static LinkedVraagstuk linked(Vraagstuk v) {
        return new LinkedVraagstuk(v.code(), v.title(), v.status().name());
    }
}
