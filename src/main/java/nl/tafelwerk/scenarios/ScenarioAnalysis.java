package nl.tafelwerk.scenarios;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A scenario with its parameters worked out: timeline, money and the warnings they raise. */
public record ScenarioAnalysis(Scenario scenario, Timeline timeline, MoneyFigures money, List<Warning> warnings) {

    public static ScenarioAnalysis of(Scenario scenario, Map<String, Set<String>> needs, Map<String, Integer> leadTimes,
                                      Set<String> known) {
        Timeline timeline = Timeline.of(scenario.plan(), needs, leadTimes, known);
        MoneyFigures money = MoneyFigures.of(scenario);
        return new ScenarioAnalysis(scenario, timeline, money, Warning.of(scenario, timeline, money));
    }

    /** How many risks the register holds per computed prio. */
    public Map<RiskLevel, Integer> riskProfile() {
        Map<RiskLevel, Integer> profile = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            profile.put(level, 0);
        }
        scenario.risks().forEach(r -> profile.merge(r.prio(), 1, Integer::sum));
        return profile;
    }
}
