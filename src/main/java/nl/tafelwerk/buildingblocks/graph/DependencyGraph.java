package nl.tafelwerk.buildingblocks.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.tafelwerk.shared.DomainException;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.jgrapht.graph.GraphCycleProhibitedException;
import org.jspecify.annotations.Nullable;

/**
 * The "needs" relation between bouwstenen (DOMAIN.md §4): a directed acyclic graph whose edges point from
 * the dependant to its dependency. Every change is checked; a refused change leaves the graph as it was.
 *
 * <p>Cycle checks are incremental (JGraphT's {@link DirectedAcyclicGraph} keeps a topological order up to
 * date). The analyses run on a compact, array-based copy of the graph that is rebuilt after a change.
 *
 * <p>Not thread-safe: one graph belongs to one caller. The results of the analyses are immutable and
 * may be shared.
 */
public final class DependencyGraph {

    private static final Comparator<Dependency> BY_ENDS =
            Comparator.comparing(Dependency::dependant).thenComparing(Dependency::dependency);

    private final DirectedAcyclicGraph<String, Dependency> dag = new DirectedAcyclicGraph<>(Dependency.class);
    private @Nullable CompactDag index;

    public DependencyGraph() {
    }

    /** A graph with the given bouwstenen and no dependencies yet. */
    public static DependencyGraph of(Collection<String> codes) {
        DependencyGraph graph = new DependencyGraph();
        codes.forEach(graph::addBouwsteen);
        return graph;
    }

    /**
     * Adds a bouwsteen without dependencies.
     *
     * @throws DomainException {@code bouwsteen.code.required} for a blank code,
     *                         {@code bouwsteen.code.duplicate} when the code is already there
     */
    public void addBouwsteen(String code) {
        if (code.isBlank()) {
            throw new DomainException("code", "bouwsteen.code.required");
        }
        if (!dag.addVertex(code)) {
            throw new DomainException("code", "bouwsteen.code.duplicate", code);
        }
        index = null;
    }

    /**
     * Records that {@code dependant} needs {@code dependency}. Checked in this order, each refusal a
     * {@link DomainException}:
     * <ul>
     *   <li>{@code dependency.unknown} (argument: the unknown code) when either bouwsteen is not in the graph;</li>
     *   <li>{@code dependency.self} (argument: the code) when both are the same;</li>
     *   <li>{@code dependency.duplicate} (arguments: dependant, dependency) when the edge exists;</li>
     *   <li>{@code dependency.reason.required} for a blank reason;</li>
     *   <li>{@code dependency.cycle} when {@code dependency} already needs {@code dependant}, directly or
     *       indirectly. The argument names the cycle the new edge would close, from the dependant back to
     *       it, e.g. {@code A → B → C → A}: the shortest such chain, and among equally short ones the
     *       alphabetically first.</li>
     * </ul>
     */
    public Dependency addDependency(String dependant, String dependency, String reason) {
        requireKnown("dependant", dependant, "dependency.unknown");
        requireKnown("dependency", dependency, "dependency.unknown");
        if (dependant.equals(dependency)) {
            throw new DomainException("dependency", "dependency.self", dependant);
        }
        if (dag.containsEdge(dependant, dependency)) {
            throw new DomainException("dependency", "dependency.duplicate", dependant, dependency);
        }
        if (reason.isBlank()) {
            throw new DomainException("reason", "dependency.reason.required");
        }
        Dependency edge = new Dependency(dependant, dependency, reason.strip());
        try {
            dag.addEdge(dependant, dependency, edge);
        } catch (GraphCycleProhibitedException e) {
            throw new DomainException("dependency", "dependency.cycle", cycleText(dependant, dependency));
        }
        index = null;
        return edge;
    }

    /**
     * Removes "{@code dependant} needs {@code dependency}".
     *
     * @throws DomainException {@code dependency.notFound} (arguments: dependant, dependency) when there is
     *                         no such edge
     */
    public void removeDependency(String dependant, String dependency) {
        if (!dag.containsVertex(dependant) || !dag.containsVertex(dependency)
                || dag.removeEdge(dependant, dependency) == null) {
            throw new DomainException("dependency", "dependency.notFound", dependant, dependency);
        }
        index = null;
    }

    public boolean contains(String code) {
        return dag.containsVertex(code);
    }

    /** All bouwstenen, alphabetically. */
    public SortedSet<String> codes() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(dag.vertexSet()));
    }

    public int size() {
        return dag.vertexSet().size();
    }

    /** All edges, ordered by dependant, then dependency. */
    public List<Dependency> dependencies() {
        return sorted(dag.edgeSet());
    }

    public Optional<Dependency> dependency(String dependant, String dependency) {
        if (!dag.containsVertex(dependant) || !dag.containsVertex(dependency)) {
            return Optional.empty();
        }
        return Optional.ofNullable(dag.getEdge(dependant, dependency));
    }

    /** What {@code code} needs directly, ordered by code. */
    public List<Dependency> directDependenciesOf(String code) {
        requireKnown("code", code, "bouwsteen.unknown");
        return sorted(dag.outgoingEdgesOf(code));
    }

    /** What needs {@code code} directly, ordered by code. */
    public List<Dependency> directDependantsOf(String code) {
        requireKnown("code", code, "bouwsteen.unknown");
        return sorted(dag.incomingEdgesOf(code));
    }

    /**
     * Everything {@code code} needs, directly or indirectly, with the depth of the shortest chain; ordered
     * by depth, then code. One breadth-first search: use {@link #closure()} to ask about many bouwstenen.
     */
    public List<Reach> dependenciesOf(String code) {
        requireKnown("code", code, "bouwsteen.unknown");
        return index().reach(code, true);
    }

    /**
     * Everything that needs {@code code}, directly or indirectly — what delaying {@code code} blocks —
     * with the depth of the shortest chain; ordered by depth, then code.
     */
    public List<Reach> dependantsOf(String code) {
        requireKnown("code", code, "bouwsteen.unknown");
        return index().reach(code, false);
    }

    /** The transitive closure for all bouwstenen and both directions, computed at once. */
    public TransitiveClosure closure() {
        return new SparseClosure(index());
    }

    /**
     * The earliest readiness of every bouwsteen: a bouwsteen starts when all its dependencies are ready and
     * is ready its own lead time later (critical path method, in one pass in topological order).
     *
     * @param leadTimeWeeks the expected lead time of every bouwsteen in the graph, in whole weeks
     * @throws DomainException {@code leadtime.missing} (argument: code) when a bouwsteen has no lead time,
     *                         {@code bouwsteen.unknown} for a lead time of a code not in the graph,
     *                         {@code leadtime.range} (arguments: code, weeks, maximum) outside
     *                         0..{@value CriticalPathSchedule#MAX_LEAD_TIME_WEEKS} weeks
     */
    public Schedule schedule(Map<String, Integer> leadTimeWeeks) {
        CompactDag compact = index();
        for (String code : leadTimeWeeks.keySet()) {
            requireKnown("leadTime", code, "bouwsteen.unknown");
        }
        int[] lead = new int[compact.size()];
        for (int i = 0; i < lead.length; i++) {
            String code = compact.code(i);
            Integer weeks = leadTimeWeeks.get(code);
            if (weeks == null) {
                throw new DomainException("leadTime", "leadtime.missing", code);
            }
            if (weeks < 0 || weeks > CriticalPathSchedule.MAX_LEAD_TIME_WEEKS) {
                throw new DomainException("leadTime", "leadtime.range", code, weeks,
                        CriticalPathSchedule.MAX_LEAD_TIME_WEEKS);
            }
            lead[i] = weeks;
        }
        return new CriticalPathSchedule(compact, lead);
    }

    /** Forgets the compact copy, so the next analysis rebuilds it (lets benchmarks include that cost). */
    void dropIndex() {
        index = null;
    }

    private CompactDag index() {
        CompactDag current = index;
        if (current == null) {
            current = CompactDag.of(dag);
            index = current;
        }
        return current;
    }

    private static List<Dependency> sorted(Collection<Dependency> edges) {
        List<Dependency> list = new ArrayList<>(edges);
        list.sort(BY_ENDS);
        return Collections.unmodifiableList(list);
    }

    private void requireKnown(String field, String code, String messageKey) {
        if (!dag.containsVertex(code)) {
            throw new DomainException(field, messageKey, code);
        }
    }

    /**
     * The cycle that "dependant needs dependency" would close, as text: the shortest chain by which
     * {@code dependency} already needs {@code dependant} (alphabetically first among the shortest), preceded
     * by the dependant. First a backward breadth-first search from the dependant gives every bouwsteen's
     * distance to it; then the walk from the dependency takes, at each step, the alphabetically first
     * neighbour one step closer.
     */
    private String cycleText(String dependant, String dependency) {
        Map<String, Integer> distanceToDependant = new HashMap<>();
        distanceToDependant.put(dependant, 0);
        Deque<String> queue = new ArrayDeque<>();
        queue.add(dependant);
        while (!queue.isEmpty() && !distanceToDependant.containsKey(dependency)) {
            String code = queue.poll();
            int next = distanceToDependant.get(code) + 1;
            for (Dependency in : dag.incomingEdgesOf(code)) {
                if (distanceToDependant.putIfAbsent(in.dependant(), next) == null) {
                    queue.add(in.dependant());
                }
            }
        }
        StringBuilder text = new StringBuilder(dependant);
        String current = dependency;
        while (true) {
            text.append(" → ").append(current);
            if (current.equals(dependant)) {
                return text.toString();
            }
            int wanted = distanceToDependant.get(current) - 1;
            @Nullable String step = null;
            for (Dependency out : dag.outgoingEdgesOf(current)) {
                Integer distance = distanceToDependant.get(out.dependency());
                if (distance != null && distance == wanted && (step == null || out.dependency().compareTo(step) < 0)) {
                    step = out.dependency();
                }
            }
            if (step == null) {
                throw new IllegalStateException("No chain from " + dependency + " back to " + dependant);
            }
            current = step;
        }
    }
}
