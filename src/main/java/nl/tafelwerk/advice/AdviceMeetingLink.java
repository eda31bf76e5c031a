package nl.tafelwerk.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.tafelwerk.meetings.AgendaItemKind;
import nl.tafelwerk.meetings.MeetingLinkTargets;
import nl.tafelwerk.shared.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A meeting's agenda item on an advice (DD039): the programme office names it by its vraagstuk ("VS-09") or by the
 * advice's number; meeting mode shows its version, status and the sectors whose position is still missing.
 */
@Component
class AdviceMeetingLink implements MeetingLinkTargets {

    // looked up when asked: the advice reads meetings' decisions, so taking the service at construction would be a cycle
    private final ObjectProvider<AdviceService> adviceService;

    AdviceMeetingLink(ObjectProvider<AdviceService> adviceService) {
        this.adviceService = adviceService;
    }

    @Override
    public AgendaItemKind kind() {
        return AgendaItemKind.ADVIES;
    }

    @Override
    public Optional<LinkTarget> find(String reference) {
        AdviceService advices = adviceService.getObject();
        String ref = reference.strip();
        // looked up without throwing: a refusal inside a service call would mark the caller's transaction for rollback
        Optional<Advice> advice = ref.chars().allMatch(Character::isDigit) && !ref.isEmpty() && ref.length() < 18
                ? advices.find(Long.parseLong(ref))
                : advices.ofVraagstuk(ref.toUpperCase(Locale.ROOT));
        return advice.map(a -> {
            List<String> summary = new ArrayList<>();
            summary.add("Versie " + a.versionNumber() + " · " + Texts.get(Texts.DUTCH, a.status().messageKey()));
            List<String> missing = advices.endorsement(a.id()).missingSectors();
            if (!missing.isEmpty()) {
                summary.add("Standpunt ontbreekt: " + String.join(", ", missing));
            }
            return new LinkTarget("Advies " + a.vraagstukCode() + ": " + a.vraagstukTitle(), a.route(), summary);
        });
    }
}
