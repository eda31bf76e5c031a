package nl.tafelwerk.buildingblocks.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.Texts;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {

    private static DependencyGraph graph(String... codes) {
        return DependencyGraph.of(List.of(codes));
    }

    private static DomainException refusal(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("expected a DomainException");
    }

    @Test
    void recordsADependencyWithItsReason() {
        DependencyGraph graph = graph("MITZ", "LSP");
        Dependency added = graph.addDependency("MITZ", "LSP", "  Mitz lokaliseert via het LSP ");

        assertThat(added).isEqualTo(new Dependency("MITZ", "LSP", "Mitz lokaliseert via het LSP"));
        assertThat(graph.dependencies()).containsExactly(added);
        assertThat(graph.dependency("MITZ", "LSP")).contains(added);
        assertThat(graph.dependency("LSP", "MITZ")).isEmpty();
        assertThat(graph.directDependantsOf("LSP")).containsExactly(added);
    }

    @Test
    void refusesASelfDependency() {
        DependencyGraph graph = graph("A");
        DomainException e = refusal(() -> graph.addDependency("A", "A", "waarom niet"));
        assertThat(e.messageKey()).isEqualTo("dependency.self");
        assertThat(e.arguments()).containsExactly("A");
        assertThat(graph.dependencies()).isEmpty();
    }

    @Test
    void refusesADuplicate() {
        DependencyGraph graph = graph("A", "B");
        graph.addDependency("A", "B", "eerst");
        DomainException e = refusal(() -> graph.addDependency("A", "B", "nog eens"));
        assertThat(e.messageKey()).isEqualTo("dependency.duplicate");
        assertThat(e.arguments()).containsExactly("A", "B");
        assertThat(graph.dependencies()).extracting(Dependency::reason).containsExactly("eerst");
    }

    @Test
    void refusesUnknownCodesOnEitherSide() {
        DependencyGraph graph = graph("A");
        DomainException dependant = refusal(() -> graph.addDependency("X", "A", "r"));
        DomainException dependency = refusal(() -> graph.addDependency("A", "Y", "r"));
        assertThat(dependant.messageKey()).isEqualTo("dependency.unknown");
        assertThat(dependant.arguments()).containsExactly("X");
        assertThat(dependant.field()).isEqualTo("dependant");
        assertThat(dependency.messageKey()).isEqualTo("dependency.unknown");
        assertThat(dependency.arguments()).containsExactly("Y");
        assertThat(dependency.field()).isEqualTo("dependency");
    }

    @Test
    void refusesABlankReason() {
        DependencyGraph graph = graph("A", "B");
        assertThat(refusal(() -> graph.addDependency("A", "B", "  ")).messageKey())
                .isEqualTo("dependency.reason.required");
    }

    @Test
    void refusesATwoCycleNamingIt() {
        DependencyGraph graph = graph("TWIIN", "BEELD");
        graph.addDependency("TWIIN", "BEELD", "r");
        DomainException e = refusal(() -> graph.addDependency("BEELD", "TWIIN", "r"));
        assertThat(e.messageKey()).isEqualTo("dependency.cycle");
        assertThat(e.arguments()).containsExactly("BEELD → TWIIN → BEELD");
    }

    @Test
    void refusesALongerCycleWithTheExactText() {
        DependencyGraph graph = graph("A", "B", "C");
        graph.addDependency("A", "B", "r");
        graph.addDependency("B", "C", "r");

        DomainException e = refusal(() -> graph.addDependency("C", "A", "r"));

        assertThat(e.messageKey()).isEqualTo("dependency.cycle");
        assertThat(e.field()).isEqualTo("dependency");
        assertThat(e.arguments()).containsExactly("C → A → B → C");
        assertThat(Texts.get(Texts.DUTCH, e.messageKey(), e.arguments()))
                .isEqualTo("Deze afhankelijkheid maakt een cyclus: C → A → B → C");
        assertThat(Texts.get(Texts.ENGLISH, e.messageKey(), e.arguments()))
                .isEqualTo("This dependency creates a cycle: C → A → B → C");
    }

    @Test
    void namesTheShortestCycle() {
        DependencyGraph graph = graph("A", "B", "C", "D");
        graph.addDependency("A", "B", "r");
        graph.addDependency("B", "C", "r");
        graph.addDependency("C", "D", "r");
        graph.addDependency("A", "D", "r");

        assertThat(refusal(() -> graph.addDependency("D", "A", "r")).arguments()).containsExactly("D → A → D");
        assertThat(refusal(() -> graph.addDependency("D", "B", "r")).arguments()).containsExactly("D → B → C → D");
    }

    @Test
    void amongEquallyShortCyclesNamesTheAlphabeticallyFirst() {
        for (boolean reversed : new boolean[] {false, true}) {
            DependencyGraph graph = graph("A", "B", "C", "D");
            List<String[]> edges = new java.util.ArrayList<>(List.of(
                    new String[] {"A", "C"}, new String[] {"A", "B"}, new String[] {"C", "D"}, new String[] {"B", "D"}));
            if (reversed) {
                java.util.Collections.reverse(edges);
            }
            edges.forEach(edge -> graph.addDependency(edge[0], edge[1], "r"));

            assertThat(refusal(() -> graph.addDependency("D", "A", "r")).arguments())
                    .containsExactly("D → A → B → D");
        }
    }

    @Test
    void aRefusedCycleLeavesTheGraphAsItWas() {
        DependencyGraph graph = graph("A", "B", "C");
        graph.addDependency("A", "B", "r");
        graph.addDependency("B", "C", "r");
        List<Dependency> before = graph.dependencies();

        refusal(() -> graph.addDependency("C", "A", "r"));

        assertThat(graph.dependencies()).isEqualTo(before);
        assertThat(graph.dependenciesOf("A")).containsExactly(new Reach("B", 1), new Reach("C", 2));
        assertThat(graph.dependenciesOf("C")).isEmpty();
        graph.addDependency("A", "C", "r");
        assertThat(graph.dependenciesOf("A")).containsExactly(new Reach("B", 1), new Reach("C", 1));
    }

    @Test
    void afterRemovalTheReverseDependencyIsAllowed() {
        DependencyGraph graph = graph("A", "B");
        graph.addDependency("A", "B", "r");
        graph.removeDependency("A", "B");
        graph.addDependency("B", "A", "r");
        assertThat(graph.dependantsOf("A")).containsExactly(new Reach("B", 1));

        DomainException e = refusal(() -> graph.removeDependency("A", "B"));
        assertThat(e.messageKey()).isEqualTo("dependency.notFound");
        assertThat(e.arguments()).containsExactly("A", "B");
    }

    @Test
    void refusesBlankAndDuplicateCodes() {
        DependencyGraph graph = graph("A");
        assertThat(refusal(() -> graph.addBouwsteen(" ")).messageKey()).isEqualTo("bouwsteen.code.required");
        DomainException duplicate = refusal(() -> graph.addBouwsteen("A"));
        assertThat(duplicate.messageKey()).isEqualTo("bouwsteen.code.duplicate");
        assertThat(duplicate.arguments()).containsExactly("A");
        assertThat(graph.codes()).containsExactly("A");
    }

    @Test
    void queriesOnAnUnknownCodeAreRefused() {
        DependencyGraph graph = graph("A");
        assertThat(refusal(() -> graph.dependenciesOf("Q")).messageKey()).isEqualTo("bouwsteen.unknown");
        assertThat(refusal(() -> graph.dependantsOf("Q")).messageKey()).isEqualTo("bouwsteen.unknown");
        assertThat(refusal(() -> graph.closure().dependenciesOf("Q")).messageKey()).isEqualTo("bouwsteen.unknown");
    }
}
