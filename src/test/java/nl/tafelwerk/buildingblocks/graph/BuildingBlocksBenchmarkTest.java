package nl.tafelwerk.buildingblocks.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import nl.tafelwerk.bench.Timing;
import nl.tafelwerk.buildingblocks.AcceptanceCriterion;
import nl.tafelwerk.buildingblocks.ImplementationPhase;
import nl.tafelwerk.buildingblocks.MaturityProfile;
import nl.tafelwerk.buildingblocks.PhaseReadiness;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark of the bouwstenen analyses on 2,000 bouwstenen with 10,000 random acyclic dependencies.
 * Excluded from the normal build (surefire excludes the group {@code bench}). Run it with:
 *
 * <pre>
 * export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
 * mvn -B test -Dgroups=bench -DexcludedGroups=none
 * </pre>
 *
 * The figures are printed to stdout. Surefire redirects test output to a file, so read them in
 * {@code target/surefire-reports/nl.tafelwerk.buildingblocks.BuildingBlocksBenchmarkTest-output.txt}
 * (or add {@code -Dmaven.test.redirectTestOutputToFile=false} to see them on the console).
 *
 * <p>Every analysis first throws away the graph's compact copy, so each run includes rebuilding it, as
 * the first analysis after a change would. Each analysis is warmed up, then timed over {@value Timing#RUNS}
 * runs; the median must stay under 100 ms.
 */
@Tag("bench")
class BuildingBlocksBenchmarkTest {

    private static final int BOUWSTENEN = 2_000;
    private static final int DEPENDENCIES = 10_000;
    private static final int SAMPLE = 100;
    private static final long TARGET_MILLIS = 100;

    /** Keeps results alive so the JIT cannot drop the work. */

    @Test
    void analysesOnTwoThousandBouwstenen() {
        Random random = new Random(20261123);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < BOUWSTENEN; i++) {
            codes.add(String.format("BS%04d", i));
        }
        long buildStart = System.nanoTime();
        DependencyGraph graph = Timing.randomDag(codes, DEPENDENCIES, random);
        double buildMillis = (System.nanoTime() - buildStart) / 1e6;

        Map<String, Integer> lead = new HashMap<>();
        codes.forEach(code -> lead.put(code, 1 + random.nextInt(26)));
        List<String> sample = new ArrayList<>(codes);
        Collections.shuffle(sample, random);
        List<String> sampled = List.copyOf(sample.subList(0, SAMPLE));
        List<MaturityProfile> profiles = new ArrayList<>();
        List<ImplementationPhase> phases = new ArrayList<>();
        for (int i = 0; i < BOUWSTENEN; i++) {
            Map<AcceptanceCriterion, Integer> levels = new EnumMap<>(AcceptanceCriterion.class);
            for (AcceptanceCriterion criterion : AcceptanceCriterion.values()) {
                levels.put(criterion, random.nextInt(criterion.highestLevel().value() + 1));
            }
            profiles.add(MaturityProfile.of(levels));
            phases.add(ImplementationPhase.values()[random.nextInt(ImplementationPhase.values().length)]);
        }

        TransitiveClosure closure = graph.closure();
        long pairs = 0;
        for (String code : codes) {
            pairs += closure.dependenciesOf(code).size();
        }
        Schedule schedule = graph.schedule(lead);
        System.out.printf(Locale.ROOT, "Bouwstenen benchmark: %d bouwstenen, %d dependencies (built in %.1f ms), "
                        + "%d transitive pairs, longest critical chain %d bouwstenen, plan %d weeks; "
                        + "%d cores, Java %s%n", graph.size(), graph.dependencies().size(), buildMillis, pairs,
                schedule.criticalChain().size(), schedule.totalWeeks(), Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        System.out.printf(Locale.ROOT, "%-62s %8s %8s %8s  (%d warm-up, %d runs)%n", "analysis", "median", "max",
                "min", Timing.WARM_UP, Timing.RUNS);

        List<double[]> figures = new ArrayList<>();
        figures.add(Timing.measure("closure, both directions, sample of " + SAMPLE + " (BFS each)", () -> {
            graph.dropIndex();
            long found = 0;
            for (String code : sampled) {
                found += graph.dependenciesOf(code).size() + graph.dependantsOf(code).size();
            }
            return found;
        }));
        figures.add(Timing.measure("closure, all-pairs computation only", () -> {
            graph.dropIndex();
            return graph.closure().dependsOn(codes.getLast(), codes.getFirst()) ? 1 : 0;
        }));
        figures.add(Timing.measure("closure, both directions, all " + BOUWSTENEN + " (closure + lists)", () -> {
            graph.dropIndex();
            TransitiveClosure all = graph.closure();
            long found = 0;
            for (String code : codes) {
                found += all.dependenciesOf(code).size() + all.dependantsOf(code).size();
            }
            return found;
        }));
        figures.add(Timing.measure("critical path, all " + BOUWSTENEN + " with their chains", () -> {
            graph.dropIndex();
            long length = 0;
            for (Readiness readiness : graph.schedule(lead).all()) {
                length += readiness.criticalChain().size() + readiness.earliestReadyWeek();
            }
            return length;
        }));
        figures.add(Timing.measure("phase readiness (next phase), all " + BOUWSTENEN, () -> {
            long ready = 0;
            for (int i = 0; i < BOUWSTENEN; i++) {
                PhaseReadiness readiness = profiles.get(i).readinessForNextPhase(phases.get(i)).orElse(null);
                if (readiness != null) {
                    ready += readiness.ready() ? 1000 : readiness.totalGap();
                }
            }
            return ready;
        }));
        System.out.println("sink " + Timing.sink());

        for (double[] figure : figures) {
            assertThat(figure[0]).as("median in ms").isLessThan(TARGET_MILLIS);
        }
    }
}
