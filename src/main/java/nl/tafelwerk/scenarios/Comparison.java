package nl.tafelwerk.scenarios;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Two to four scenarios side by side, with what differs: the bouwstenen one has and another lacks,
 * the cost per year and the end date against the first scenario, and the risk profiles. The chair's
 * and the sectors' preferences of the vraagstuk come with it.
 */
public record Comparison(List<ScenarioAnalysis> scenarios, List<BouwsteenRow> bouwstenen, List<Integer> years,
                         List<List<@Nullable BigDecimal>> costDeltas, List<@Nullable Integer> endDeltaQuarters,
                         List<Preference> preferences) {

    public static final int MIN = 2;
    public static final int MAX = 4;

    /** One bouwsteen across the scenarios: its start in each (null where the scenario leaves it out). */
    public record BouwsteenRow(String code, List<@Nullable Quarter> starts) {
        /** Not in every scenario, or not starting in the same quarter everywhere. */
        public boolean differs() {
            return starts.stream().distinct().count() > 1;
        }
    }

    public static Comparison of(List<ScenarioAnalysis> analyses, List<Preference> preferences) {
        TreeSet<String> codes = new TreeSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (ScenarioAnalysis a : analyses) {
            a.scenario().plan().forEach(p -> codes.add(p.code()));
            years.addAll(a.money().years());
        }
        List<BouwsteenRow> rows = new ArrayList<>();
        for (String code : codes) {
            List<@Nullable Quarter> starts = new ArrayList<>();
            for (ScenarioAnalysis a : analyses) {
                Map<String, Quarter> byCode = new LinkedHashMap<>();
                a.scenario().plan().forEach(p -> byCode.putIfAbsent(p.code(), p.start()));
                starts.add(byCode.get(code));
            }
            rows.add(new BouwsteenRow(code, starts));
        }
        ScenarioAnalysis base = analyses.getFirst();
        List<List<@Nullable BigDecimal>> deltas = new ArrayList<>();
        List<@Nullable Integer> endDeltas = new ArrayList<>();
        for (ScenarioAnalysis a : analyses) {
            List<@Nullable BigDecimal> perYear = new ArrayList<>();
            for (int year : years) {
                BigDecimal mine = a.money().costs().get(year);
                BigDecimal theirs = base.money().costs().get(year);
                perYear.add(mine == null || theirs == null ? null : mine.subtract(theirs));
            }
            deltas.add(perYear);
            Quarter end = a.timeline().end();
            Quarter baseEnd = base.timeline().end();
            endDeltas.add(end == null || baseEnd == null ? null : baseEnd.quartersUntil(end));
        }
        return new Comparison(List.copyOf(analyses), List.copyOf(rows), List.copyOf(years), deltas, endDeltas,
                List.copyOf(preferences));
    }
}
