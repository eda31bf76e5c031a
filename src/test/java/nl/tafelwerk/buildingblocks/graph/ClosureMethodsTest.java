package nl.tafelwerk.buildingblocks.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.tafelwerk.buildingblocks.graph.SparseClosure.Method;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.junit.jupiter.api.Test;

/** Both ways of computing the closure give the same answers, also where the cheaper one differs. */
class ClosureMethodsTest {

    /** A long chain with random shortcuts: many levels, few pairs per level (search is cheaper here). */
    @Test
    void deepThinGraph() {
        Random random = new Random(5);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            codes.add("C" + Integer.toString(i * 7919 % 800 + 1000));
        }
        DependencyGraph graph = DependencyGraph.of(codes);
        for (int i = 1; i < codes.size(); i++) {
            graph.addDependency(codes.get(i), codes.get(i - 1), "keten");
            if (random.nextInt(20) == 0) {
                int earlier = random.nextInt(i);
                if (graph.dependency(codes.get(i), codes.get(earlier)).isEmpty()) {
                    graph.addDependency(codes.get(i), codes.get(earlier), "kortere weg");
                }
            }
        }
        assertSameAnswers(graph);
        assertThat(graph.closure().dependenciesOf(codes.getLast())).hasSize(799);
        assertThat(((SparseClosure) graph.closure()).method()).isEqualTo(Method.BY_SEARCH);
    }

    /** Wide and shallow: many pairs per level (levels are cheaper here). */
    @Test
    void wideShallowGraph() {
        Random random = new Random(9);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            codes.add("W" + (char) ('A' + i % 26) + i);
        }
        DependencyGraph graph = DependencyGraph.of(codes);
        for (int i = 30; i < codes.size(); i++) {
            for (int k = 0; k < 6; k++) {
                int earlier = random.nextInt(i);
                if (graph.dependency(codes.get(i), codes.get(earlier)).isEmpty()) {
                    graph.addDependency(codes.get(i), codes.get(earlier), "breed");
                }
            }
        }
        assertSameAnswers(graph);
        assertThat(((SparseClosure) graph.closure()).method()).isEqualTo(Method.BY_LEVELS);
    }

    @Test
    void emptyAndSingleGraphs() {
        assertSameAnswers(new DependencyGraph());
        assertSameAnswers(DependencyGraph.of(List.of("ALLEEN")));
    }

    /** The same graph as a plain JGraphT graph, to build the compact copy from. */
    static DirectedAcyclicGraph<String, Dependency> copy(DependencyGraph graph) {
        DirectedAcyclicGraph<String, Dependency> dag = new DirectedAcyclicGraph<>(Dependency.class);
        graph.codes().forEach(dag::addVertex);
        graph.dependencies().forEach(edge -> dag.addEdge(edge.dependant(), edge.dependency(), edge));
        return dag;
    }

    private static void assertSameAnswers(DependencyGraph graph) {
        CompactDag compact = CompactDag.of(copy(graph));
        TransitiveClosure levels = new SparseClosure(compact, Method.BY_LEVELS);
        TransitiveClosure search = new SparseClosure(compact, Method.BY_SEARCH);
        TransitiveClosure cheapest = graph.closure();
        for (String code : graph.codes()) {
            assertThat(levels.dependenciesOf(code)).isEqualTo(search.dependenciesOf(code))
                    .isEqualTo(cheapest.dependenciesOf(code)).isEqualTo(graph.dependenciesOf(code));
            assertThat(levels.dependantsOf(code)).isEqualTo(search.dependantsOf(code))
                    .isEqualTo(cheapest.dependantsOf(code)).isEqualTo(graph.dependantsOf(code));
        }
    }
}
