package nl.tafelwerk.buildingblocks.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.tafelwerk.buildingblocks.AcceptanceCriterion;
import nl.tafelwerk.buildingblocks.CriticalPath;
import nl.tafelwerk.buildingblocks.DependencyAnalysis;
import nl.tafelwerk.buildingblocks.graph.DependencyGraph;
import nl.tafelwerk.buildingblocks.ImplementationPhase;
import nl.tafelwerk.buildingblocks.graph.Readiness;
import nl.tafelwerk.buildingblocks.graph.Reach;
import nl.tafelwerk.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The catalogue's {@link DependencyAnalysis} on the graph analyses of {@link DependencyGraph} (JGraphT cycle
 * check, transitive closure, critical path). Each call builds a graph from the plain "needs" map the
 * catalogue hands over.
 *
 * <p>Where the two differ, this adapter keeps the catalogue's behaviour: a missing lead time counts as 0
 * weeks and is reported in {@link CriticalPath#unknownLeadTimes()} (the graph requires every lead time), and
 * a link in stored data that would close a cycle or links a bouwsteen to itself is left out of the graph
 * (logged) instead of failing the analysis.
 */
@Component
class GraphDependencyAnalysis implements DependencyAnalysis {

    private static final Logger log = LoggerFactory.getLogger(GraphDependencyAnalysis.class);

    /** The graph refuses edges without a reason; the needs map carries none. */
    private static final String REASON = "catalogus";

    @Override
    public List<String> cycleClosedBy(Map<String, Set<String>> needs, String from, String to) {
        if (from.equals(to)) {
            return List.of(from, from); // a link to itself is the shortest cycle
        }
        DependencyGraph graph = graphOf(needs, from, to);
        if (graph.dependency(from, to).isPresent()) {
            return List.of();
        }
        try {
            graph.addDependency(from, to, REASON);
            return List.of();
        } catch (DomainException e) {
            if (!"dependency.cycle".equals(e.messageKey())) {
                throw e;
            }
            // The graph names the cycle "A → B → C → A": from the dependant back to it.
            return List.of(String.valueOf(e.arguments()[0]).split(" → "));
        }
    }

    @Override
    public Set<String> neededTransitively(Map<String, Set<String>> needs, String code) {
        return codes(graphOf(needs, code).dependenciesOf(code));
    }

    @Override
    public Set<String> needingTransitively(Map<String, Set<String>> needs, String code) {
        return codes(graphOf(needs, code).dependantsOf(code));
    }

    @Override
    public CriticalPath criticalPath(Map<String, Set<String>> needs, Map<String, Integer> leadTimes, String code) {
        DependencyGraph graph = graphOf(needs, code);
        Map<String, Integer> filled = new HashMap<>();
        for (String c : graph.codes()) {
            Integer weeks = leadTimes.get(c);
            filled.put(c, weeks == null ? 0 : weeks);
        }
        Readiness readiness = graph.schedule(filled).readiness(code);
        List<String> chain = readiness.criticalChain();
        List<String> unknown = chain.stream().filter(c -> !leadTimes.containsKey(c)).toList();
        return new CriticalPath(code, readiness.earliestReadyWeek(), chain, unknown);
    }

    @Override
    public boolean readyFor(Map<AcceptanceCriterion, Integer> levels, @Nullable ImplementationPhase target) {
        if (target == null) {
            return true;
        }
        for (AcceptanceCriterion criterion : AcceptanceCriterion.values()) {
            if (levels.getOrDefault(criterion, 0) < criterion.requiredFor(target).value()) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> codes(List<Reach> reach) {
        Set<String> codes = new TreeSet<>();
        reach.forEach(r -> codes.add(r.code()));
        return codes;
    }

    /** Every code in the map (as key or value) and the extra codes, with the map's links in code order. */
    private static DependencyGraph graphOf(Map<String, Set<String>> needs, String... extra) {
        Set<String> codes = new TreeSet<>(Arrays.asList(extra));
        needs.forEach((from, tos) -> {
            codes.add(from);
            codes.addAll(tos);
        });
        DependencyGraph graph = DependencyGraph.of(codes);
        // In code order, so a cycle in old data always loses the same link.
        new TreeMap<>(needs).forEach((from, tos) -> {
            for (String to : new TreeSet<>(tos)) {
                if (from.equals(to)) {
                    log.warn("Dependency {} needs itself ignored in the analysis", from);
                    continue;
                }
                try {
                    graph.addDependency(from, to, REASON);
                } catch (DomainException e) {
                    if (!"dependency.cycle".equals(e.messageKey())) {
                        throw e;
                    }
                    log.warn("Dependency {} needs {} ignored in the analysis: it closes the cycle {}", from, to,
                            e.arguments()[0]);
                }
            }
        });
        return graph;
    }
}
