package nl.tafelwerk.buildingblocks.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hand-checked graph:
 * <pre>
 * NIS ─► MITZ ─► ZORGAB ─► LSP ─► AORTA
 *  │       └──────────────►┘
 *  └──► NEN7510                 ZIB (alone)
 * </pre>
 */
class TransitiveClosureTest {

    private static DependencyGraph example() {
        DependencyGraph graph = DependencyGraph.of(List.of("NIS", "MITZ", "ZORGAB", "LSP", "AORTA", "NEN7510", "ZIB"));
        graph.addDependency("NIS", "MITZ", "toestemming");
        graph.addDependency("NIS", "NEN7510", "informatiebeveiliging");
        graph.addDependency("MITZ", "ZORGAB", "adressering");
        graph.addDependency("MITZ", "LSP", "lokalisatie");
        graph.addDependency("ZORGAB", "LSP", "infrastructuur");
        graph.addDependency("LSP", "AORTA", "afsprakenstelsel");
        return graph;
    }

    @Test
    void whatABouwsteenNeedsWithTheShortestDepth() {
        List<Reach> expected = List.of(new Reach("MITZ", 1), new Reach("NEN7510", 1), new Reach("LSP", 2),
                new Reach("ZORGAB", 2), new Reach("AORTA", 3));

        assertThat(example().dependenciesOf("NIS")).isEqualTo(expected);
        assertThat(example().closure().dependenciesOf("NIS")).isEqualTo(expected);
    }

    @Test
    void whatDelayingABouwsteenBlocks() {
        List<Reach> expected = List.of(new Reach("LSP", 1), new Reach("MITZ", 2), new Reach("ZORGAB", 2),
                new Reach("NIS", 3));

        assertThat(example().dependantsOf("AORTA")).isEqualTo(expected);
        assertThat(example().closure().dependantsOf("AORTA")).isEqualTo(expected);
    }

    @Test
    void endsOfTheGraphAndIsolatedBouwstenen() {
        DependencyGraph graph = example();
        TransitiveClosure closure = graph.closure();
        assertThat(graph.dependenciesOf("AORTA")).isEmpty();
        assertThat(graph.dependantsOf("NIS")).isEmpty();
        assertThat(closure.dependenciesOf("ZIB")).isEmpty();
        assertThat(closure.dependantsOf("ZIB")).isEmpty();
    }

    @Test
    void depthAndDependsOn() {
        TransitiveClosure closure = example().closure();
        assertThat(closure.depth("NIS", "AORTA")).hasValue(3);
        assertThat(closure.depth("MITZ", "LSP")).hasValue(1);
        assertThat(closure.dependsOn("NIS", "LSP")).isTrue();
        assertThat(closure.dependsOn("AORTA", "NIS")).isFalse();
        assertThat(closure.depth("NIS", "NIS")).isEmpty();
        assertThat(closure.dependsOn("ZIB", "LSP")).isFalse();
    }

    @Test
    void aClosureIsASnapshot() {
        DependencyGraph graph = example();
        TransitiveClosure before = graph.closure();
        graph.addDependency("AORTA", "ZIB", "voorbeeld");

        assertThat(before.dependenciesOf("AORTA")).isEmpty();
        assertThat(graph.closure().dependantsOf("ZIB")).containsExactly(new Reach("AORTA", 1), new Reach("LSP", 2),
                new Reach("MITZ", 3), new Reach("ZORGAB", 3), new Reach("NIS", 4));
        assertThat(graph.dependantsOf("ZIB")).isEqualTo(graph.closure().dependantsOf("ZIB"));
    }
}
