package nl.tafelwerk.buildingblocks.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.tafelwerk.buildingblocks.graph.SparseClosure.Method;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties on random graphs of 500 bouwstenen, checked against a plain model (adjacency lists and
 * breadth-first search) kept beside the graph. Most proposed edges follow a hidden order (and so are
 * acyclic), some are random (and often close a cycle), some are self-dependencies or duplicates.
 */
class RandomDagPropertyTest {

    private static final int SIZE = 500;
    private static final int ATTEMPTS = 3_000;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2026, 31_337})
    void analysesAgreeWithTheModel(long seed) {
        Random random = new Random(seed);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            codes.add(String.format("B%03d", i));
        }
        List<String> hidden = new ArrayList<>(codes);
        Collections.shuffle(hidden, random);
        DependencyGraph graph = DependencyGraph.of(codes);
        Map<String, List<String>> needs = new HashMap<>();
        Map<String, List<String>> neededBy = new HashMap<>();
        codes.forEach(code -> {
            needs.put(code, new ArrayList<>());
            neededBy.put(code, new ArrayList<>());
        });
        List<String[]> accepted = new ArrayList<>();
        int cycles = 0;

        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String dependant;
            String dependency;
            if (random.nextInt(10) < 8) {
                int a = random.nextInt(SIZE);
                int b = random.nextInt(SIZE);
                dependant = hidden.get(Math.max(a, b));
                dependency = hidden.get(Math.min(a, b));
            } else {
                dependant = codes.get(random.nextInt(SIZE));
                dependency = codes.get(random.nextInt(SIZE));
            }
            Map<String, Integer> fromDependency = bfs(needs, dependency);
            String expectedRefusal = dependant.equals(dependency) ? "dependency.self"
                    : needs.get(dependant).contains(dependency) ? "dependency.duplicate"
                    : fromDependency.containsKey(dependant) ? "dependency.cycle" : null;
            try {
                graph.addDependency(dependant, dependency, "random");
                assertThat(expectedRefusal).as("accepted %s → %s", dependant, dependency).isNull();
                needs.get(dependant).add(dependency);
                neededBy.get(dependency).add(dependant);
                accepted.add(new String[] {dependant, dependency});
            } catch (DomainException e) {
                assertThat(e.messageKey()).as("refused %s → %s", dependant, dependency).isEqualTo(expectedRefusal);
                if (expectedRefusal.equals("dependency.cycle")) {
                    cycles++;
                    assertValidShortestCycle((String) e.arguments()[0], dependant, dependency, needs,
                            fromDependency.get(dependant));
                }
            }
        }

        assertThat(cycles).as("the test proposes cycles").isPositive();
        assertThat(accepted.size()).as("the test builds a dense graph").isGreaterThan(ATTEMPTS / 2);
        assertAcyclic(needs);
        TransitiveClosure closure = graph.closure();
        CompactDag compact = CompactDag.of(ClosureMethodsTest.copy(graph));
        List<TransitiveClosure> closures = List.of(closure, new SparseClosure(compact, Method.BY_LEVELS),
                new SparseClosure(compact, Method.BY_SEARCH));
        for (String code : codes) {
            List<Reach> dependencies = expectedReach(needs, code);
            List<Reach> dependants = expectedReach(neededBy, code);
            assertThat(graph.dependenciesOf(code)).as("dependencies of %s", code).isEqualTo(dependencies);
            assertThat(graph.dependantsOf(code)).as("dependants of %s", code).isEqualTo(dependants);
            for (TransitiveClosure each : closures) {
                assertThat(each.dependenciesOf(code)).as("closure dependencies of %s", code).isEqualTo(dependencies);
                assertThat(each.dependantsOf(code)).as("closure dependants of %s", code).isEqualTo(dependants);
            }
            for (Reach reach : dependencies) {
                assertThat(closure.depth(code, reach.code())).hasValue(reach.depth());
            }
            assertThat(closure.dependsOn(code, code)).isFalse();
        }

        Map<String, Integer> lead = new HashMap<>();
        codes.forEach(code -> lead.put(code, random.nextInt(21)));
        Schedule schedule = graph.schedule(lead);
        for (String code : codes) {
            Readiness readiness = schedule.readiness(code);
            int latestDependency = 0;
            for (String dependency : needs.get(code)) {
                int ready = schedule.readiness(dependency).earliestReadyWeek();
                assertThat(readiness.earliestReadyWeek()).isGreaterThanOrEqualTo(ready + lead.get(code));
                latestDependency = Math.max(latestDependency, ready);
            }
            assertThat(readiness.earliestStartWeek()).isEqualTo(latestDependency);
            assertThat(readiness.earliestReadyWeek()).isEqualTo(latestDependency + lead.get(code));
            assertValidCriticalChain(readiness, schedule, needs, lead);
        }

        // Same edges in another order: the same answers.
        Collections.shuffle(accepted, random);
        List<String> otherCodes = new ArrayList<>(codes);
        Collections.shuffle(otherCodes, random);
        DependencyGraph shuffled = DependencyGraph.of(otherCodes);
        accepted.forEach(edge -> shuffled.addDependency(edge[0], edge[1], "random"));
        assertThat(shuffled.schedule(lead).all()).isEqualTo(schedule.all());
        TransitiveClosure shuffledClosure = shuffled.closure();
        for (String code : codes) {
            assertThat(shuffledClosure.dependantsOf(code)).isEqualTo(closure.dependantsOf(code));
        }
    }

    private static void assertValidShortestCycle(String text, String dependant, String dependency,
                                                 Map<String, List<String>> needs, int shortestBack) {
        List<String> cycle = List.of(text.split(" → "));
        assertThat(cycle.getFirst()).isEqualTo(dependant);
        assertThat(cycle.get(1)).isEqualTo(dependency);
        assertThat(cycle.getLast()).isEqualTo(dependant);
        for (int i = 1; i + 1 < cycle.size(); i++) {
            assertThat(needs.get(cycle.get(i))).as("%s needs %s in %s", cycle.get(i), cycle.get(i + 1), text)
                    .contains(cycle.get(i + 1));
        }
        assertThat(cycle.size() - 2).as("the chain back is a shortest one: %s", text).isEqualTo(shortestBack);
    }

    private static void assertValidCriticalChain(Readiness readiness, Schedule schedule,
                                                 Map<String, List<String>> needs, Map<String, Integer> lead) {
        List<String> chain = readiness.criticalChain();
        assertThat(chain.getLast()).isEqualTo(readiness.code());
        assertThat(needs.get(chain.getFirst())).as("a chain starts at a bouwsteen without dependencies").isEmpty();
        assertThat(schedule.readiness(chain.getFirst()).earliestReadyWeek()).isEqualTo(lead.get(chain.getFirst()));
        int sum = 0;
        for (int i = 0; i < chain.size(); i++) {
            sum += lead.get(chain.get(i));
            if (i > 0) {
                assertThat(needs.get(chain.get(i))).contains(chain.get(i - 1));
                assertThat(schedule.readiness(chain.get(i)).earliestReadyWeek())
                        .isEqualTo(schedule.readiness(chain.get(i - 1)).earliestReadyWeek() + lead.get(chain.get(i)));
            }
        }
        assertThat(sum).isEqualTo(readiness.earliestReadyWeek());
    }

    /** Kahn's algorithm: every bouwsteen can be taken once all it needs is taken. */
    private static void assertAcyclic(Map<String, List<String>> needs) {
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, List<String>> neededBy = new HashMap<>();
        needs.forEach((code, deps) -> {
            waiting.put(code, deps.size());
            deps.forEach(dep -> neededBy.computeIfAbsent(dep, k -> new ArrayList<>()).add(code));
        });
        ArrayDeque<String> ready = new ArrayDeque<>();
        waiting.forEach((code, count) -> {
            if (count == 0) {
                ready.add(code);
            }
        });
        int taken = 0;
        while (!ready.isEmpty()) {
            String code = ready.poll();
            taken++;
            for (String dependant : neededBy.getOrDefault(code, List.of())) {
                if (waiting.merge(dependant, -1, Integer::sum) == 0) {
                    ready.add(dependant);
                }
            }
        }
        assertThat(taken).as("all bouwstenen in a topological order").isEqualTo(needs.size());
    }

    private static Map<String, Integer> bfs(Map<String, List<String>> edges, String start) {
        Map<String, Integer> depth = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        depth.put(start, 0);
        queue.add(start);
        while (!queue.isEmpty()) {
            String code = queue.poll();
            for (String next : edges.get(code)) {
                if (!depth.containsKey(next)) {
                    depth.put(next, depth.get(code) + 1);
                    queue.add(next);
                }
            }
        }
        return depth;
    }

    private static List<Reach> expectedReach(Map<String, List<String>> edges, String start) {
        List<Reach> reach = new ArrayList<>();
        bfs(edges, start).forEach((code, depth) -> {
            if (depth > 0) {
                reach.add(new Reach(code, depth));
            }
        });
        reach.sort(Comparator.comparingInt(Reach::depth).thenComparing(Reach::code));
        return reach;
    }
}
