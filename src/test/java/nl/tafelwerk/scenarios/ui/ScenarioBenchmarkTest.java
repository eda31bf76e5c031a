package nl.tafelwerk.scenarios.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import nl.tafelwerk.bench.Timing;
import nl.tafelwerk.buildingblocks.graph.Dependency;
import nl.tafelwerk.buildingblocks.graph.DependencyGraph;
import nl.tafelwerk.scenarios.Comparison;
import nl.tafelwerk.scenarios.Milestone;
import nl.tafelwerk.scenarios.MoneyCategory;
import nl.tafelwerk.scenarios.MoneyFlow;
import nl.tafelwerk.scenarios.MoneyLine;
import nl.tafelwerk.scenarios.PlannedBouwsteen;
import nl.tafelwerk.scenarios.Quarter;
import nl.tafelwerk.scenarios.Recurrence;
import nl.tafelwerk.scenarios.Scenario;
import nl.tafelwerk.scenarios.ScenarioAnalysis;
import nl.tafelwerk.scenarios.ScenarioCharts;
import nl.tafelwerk.scenarios.ScenarioRisk;
import nl.tafelwerk.scenarios.Timeline;
import nl.tafelwerk.shared.Texts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmarks of issue 12 (excluded from the normal build; run with
 * {@code mvn -B test -Dgroups=bench -DexcludedGroups=none -Dtest=ScenarioBenchmarkTest -Dmaven.test.redirectTestOutputToFile=false}):
 * <ul>
 *   <li>the timeline check of a scenario that plans all 2,000 bouwstenen of the catalogue's benchmark
 *       graph (the same random graph as {@code BuildingBlocksBenchmarkTest}: 10,000 dependencies, seed
 *       20261123), median under 50 ms;</li>
 *   <li>the server work of a comparison of four scenarios with 30 bouwstenen and 10 years each: working
 *       out timelines, money and signals, the comparison, its table and the eight SVG charts, median under 100 ms.</li>
 * </ul>
 */
@Tag("bench")
class ScenarioBenchmarkTest {

    private static final int BOUWSTENEN = 2_000;
    private static final int DEPENDENCIES = 10_000;

    @Test
    void timelineCheckOnTheTwoThousandBouwsteenGraph() {
        Random random = new Random(20261123);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < BOUWSTENEN; i++) {
            codes.add(String.format("BS%04d", i));
        }
        DependencyGraph graph = Timing.randomDag(codes, DEPENDENCIES, random);
        Map<String, Set<String>> needs = new HashMap<>();
        for (Dependency d : graph.dependencies()) {
            needs.computeIfAbsent(d.dependant(), k -> new TreeSet<>()).add(d.dependency());
        }
        Map<String, Integer> lead = new HashMap<>();
        codes.forEach(code -> lead.put(code, 1 + random.nextInt(26)));
        List<PlannedBouwsteen> plan = new ArrayList<>();
        for (String code : codes) {
            plan.add(new PlannedBouwsteen(code, code, null, new Quarter(2026 + random.nextInt(10), 1 + random.nextInt(4))));
        }
        Set<String> known = new HashSet<>(codes);
        Timeline once = Timeline.of(plan, needs, lead, known);
        System.out.printf(Locale.ROOT, "Timeline benchmark: %d planned, %d dependencies, %d violations, critical path %d, end %s; %d cores, Java %s%n",
                plan.size(), graph.dependencies().size(), once.violations().size(), once.criticalPath().size(), once.end(),
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        double[] figures = Timing.measure("timeline check, 2,000 planned bouwstenen", () -> Timeline.of(plan, needs, lead, known).violations().size());
        assertThat(graph.dependencies()).hasSize(DEPENDENCIES);
        assertThat(once.violations()).isNotEmpty();
        assertThat(figures[0]).as("median ms").isLessThan(50);
    }

    @Test
    void comparisonOfFourScenariosWithThirtyBouwstenenAndTenYears() {
        Random random = new Random(12);
        List<String> codes = new ArrayList<>();
        Map<String, Set<String>> needs = new HashMap<>();
        Map<String, Integer> lead = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            String code = String.format("BB%02d", i);
            codes.add(code);
            lead.put(code, 4 + random.nextInt(40));
            if (i > 0) {
                needs.put(code, Set.of(codes.get(random.nextInt(i))));
            }
        }
        Set<String> known = new HashSet<>(codes);
        List<Scenario> scenarios = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            List<String> picked = new ArrayList<>(codes);
            Collections.shuffle(picked, random);
            List<PlannedBouwsteen> plan = new ArrayList<>();
            for (String code : picked.subList(0, 30)) {
                plan.add(new PlannedBouwsteen(code, code, null, new Quarter(2026 + random.nextInt(8), 1 + random.nextInt(4))));
            }
            List<MoneyLine> money = new ArrayList<>();
            for (int year = 2026; year <= 2035; year++) {
                for (MoneyCategory c : MoneyCategory.values()) {
                    money.add(new MoneyLine("m" + year + c, year, "Sector " + (year % 3), MoneyFlow.COST, c, Recurrence.ONE_OFF,
                            BigDecimal.valueOf(10_000 + random.nextInt(900_000)), ""));
                }
                money.add(new MoneyLine("b" + year, year, "VWS", MoneyFlow.BENEFIT, MoneyCategory.OTHER, Recurrence.ONE_OFF,
                        BigDecimal.valueOf(random.nextInt(2_000_000)), ""));
                money.add(new MoneyLine("g" + year, year, "VWS", MoneyFlow.BUDGET, MoneyCategory.OTHER, Recurrence.ONE_OFF,
                        BigDecimal.valueOf(2_500_000), ""));
            }
            List<ScenarioRisk> risks = new ArrayList<>();
            for (int r = 0; r < 10; r++) {
                risks.add(new ScenarioRisk("r" + r, "R-" + r, "Risico " + r, "LMH".charAt(r % 3) + "", "MHL".charAt(r % 3) + "", null,
                        "", "", "", null));
            }
            List<Milestone> milestones = List.of(new Milestone("m", "Live", new Quarter(2030, 1), new Quarter(2029, 3), plan.getFirst().code(), true));
            scenarios.add(new Scenario("SC-B" + s, "VS-01", null, "Scenario " + s, "Samenvatting", "", "", Set.of("HAZ"), "", "", "", "",
                    "", 2026, 2035, new BigDecimal("4"), plan, milestones, money, List.of(), risks, Instant.EPOCH, "bench", 1));
        }
        java.util.function.Function<String, String> t = key -> Texts.get(Texts.DUTCH, key);
        java.util.function.BiFunction<String, Object[], String> tArgs = (key, args) -> Texts.get(Texts.DUTCH, key, args);
        ScenarioCharts.Labels labels = new ScenarioCharts.Labels("Kosten en baten", "Kosten", "Baten", "Resultaat");
        LongSupplier render = () -> {
            List<ScenarioAnalysis> analyses = scenarios.stream().map(s -> ScenarioAnalysis.of(s, needs, lead, known)).toList();
            Comparison comparison = Comparison.of(analyses, List.of());
            long size = ComparisonTable.html(comparison, t, tArgs).length();
            for (ScenarioAnalysis a : analyses) {
                size += ScenarioCharts.money(a.money(), labels).length() + ScenarioCharts.timeline(a.timeline(), "Tijdlijn").length();
            }
            return size;
        };
        System.out.printf(Locale.ROOT, "Comparison benchmark: 4 scenarios x 30 bouwstenen x 10 years, %d characters of HTML and SVG%n",
                render.getAsLong());
        double[] figures = Timing.measure("comparison render (analyse + table + 8 SVG charts)", render);
        assertThat(figures[0]).as("median ms").isLessThan(100);
    }
}
