package nl.tafelwerk.scenarios;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.tafelwerk.meetings.AgendaItemKind;
import nl.tafelwerk.meetings.MeetingLinkTargets;
import nl.tafelwerk.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * A meeting's agenda item on a scenario comparison (DD039): the reference names two to four scenarios of one
 * vraagstuk, separated by commas ("SC-01, SC-02"); the comparison's own rules decide whether it is valid.
 */
@Component
class ComparisonMeetingLink implements MeetingLinkTargets {

    private final ScenarioService scenarios;

    ComparisonMeetingLink(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    @Override
    public AgendaItemKind kind() {
        return AgendaItemKind.SCENARIOVERGELIJKING;
    }

    @Override
    public Optional<LinkTarget> find(String reference) {
        List<String> codes = Arrays.stream(reference.split("[,;\\s]+")).map(String::strip).filter(c -> !c.isEmpty())
                .map(c -> c.toUpperCase(Locale.ROOT)).toList();
        // checked here first: a refusal thrown inside compare would mark the caller's transaction for rollback
        if (codes.size() < Comparison.MIN || codes.size() > Comparison.MAX || codes.stream().distinct().count() != codes.size()) {
            return Optional.empty();
        }
        List<Scenario> found = codes.stream().map(scenarios::find).flatMap(Optional::stream).toList();
        if (found.size() != codes.size() || found.stream().map(Scenario::vraagstukCode).distinct().count() != 1) {
            return Optional.empty();
        }
        Comparison comparison;
        try {
            comparison = scenarios.compare(codes);
        } catch (DomainException e) {
            return Optional.empty();
        }
        List<Scenario> compared = comparison.scenarios().stream().map(ScenarioAnalysis::scenario).toList();
        String vraagstuk = compared.getFirst().vraagstukCode();
        List<String> summary = new ArrayList<>();
        compared.forEach(s -> summary.add(s.code() + " · " + s.name()));
        comparison.preferences().stream().filter(p -> Preference.CHAIR.equals(p.party())).findFirst()
                .ifPresent(p -> summary.add("Voorkeur voorzitter: " + p.scenarioCode()));
        String route = "scenarios/vergelijk?" + codes.stream().map(c -> "s=" + c).collect(Collectors.joining("&"));
        return Optional.of(new LinkTarget("Vergelijking " + String.join(", ", codes) + " (" + vraagstuk + ")", route,
                summary));
    }
}
