package nl.tafelwerk.buildingblocks.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed (lead time in weeks in brackets, "→" = needs):
 * <pre>
 * A(4)  B(2)
 * C(3) → A, B    start max(4, 2) = 4, ready 7,  chain A C
 * D(6) → B       start 2,             ready 8,  chain B D
 * E(1) → C, D    start max(7, 8) = 8, ready 9,  chain B D E
 * F(3) → A       start 4,             ready 7,  chain A F
 * G(2) → C, F    start 7 (tie C/F → C), ready 9, chain A C G
 * H(0) → G       start 9,             ready 9,  chain A C G H
 * </pre>
 */
class CriticalPathTest {

    private static final Map<String, Integer> LEAD = Map.of("A", 4, "B", 2, "C", 3, "D", 6, "E", 1, "F", 3,
            "G", 2, "H", 0);
    private static final List<String[]> EDGES = List.of(new String[] {"C", "A"}, new String[] {"C", "B"},
            new String[] {"D", "B"}, new String[] {"E", "C"}, new String[] {"E", "D"}, new String[] {"F", "A"},
            new String[] {"G", "C"}, new String[] {"G", "F"}, new String[] {"H", "G"});

    private static DependencyGraph example(boolean reversed) {
        List<String> codes = new ArrayList<>(List.of("A", "B", "C", "D", "E", "F", "G", "H"));
        List<String[]> edges = new ArrayList<>(EDGES);
        if (reversed) {
            Collections.reverse(codes);
            Collections.reverse(edges);
        }
        DependencyGraph graph = DependencyGraph.of(codes);
        edges.forEach(edge -> graph.addDependency(edge[0], edge[1], "voorbeeld"));
        return graph;
    }

    @Test
    void earliestReadinessAndTheChainThatDeterminesIt() {
        Schedule schedule = example(false).schedule(LEAD);

        assertThat(schedule.readiness("A")).isEqualTo(new Readiness("A", 4, 0, 4, List.of("A")));
        assertThat(schedule.readiness("B")).isEqualTo(new Readiness("B", 2, 0, 2, List.of("B")));
        assertThat(schedule.readiness("C")).isEqualTo(new Readiness("C", 3, 4, 7, List.of("A", "C")));
        assertThat(schedule.readiness("D")).isEqualTo(new Readiness("D", 6, 2, 8, List.of("B", "D")));
        assertThat(schedule.readiness("E")).isEqualTo(new Readiness("E", 1, 8, 9, List.of("B", "D", "E")));
        assertThat(schedule.readiness("F")).isEqualTo(new Readiness("F", 3, 4, 7, List.of("A", "F")));
        assertThat(schedule.readiness("G")).isEqualTo(new Readiness("G", 2, 7, 9, List.of("A", "C", "G")));
        assertThat(schedule.readiness("H")).isEqualTo(new Readiness("H", 0, 9, 9, List.of("A", "C", "G", "H")));
    }

    @Test
    void theWholePlanAndTheOrderOfAll() {
        Schedule schedule = example(false).schedule(LEAD);

        assertThat(schedule.totalWeeks()).isEqualTo(9);
        assertThat(schedule.criticalChain()).containsExactly("B", "D", "E");
        assertThat(schedule.all()).extracting(Readiness::code).containsExactly("B", "A", "C", "F", "D", "E", "G", "H");
    }

    @Test
    void theOutcomeDoesNotDependOnTheOrderOfInput() {
        Schedule forward = example(false).schedule(LEAD);
        Schedule backward = example(true).schedule(new HashMap<>(LEAD));
        assertThat(backward.all()).isEqualTo(forward.all());
        assertThat(backward.criticalChain()).isEqualTo(forward.criticalChain());
    }

    @Test
    void anEmptyGraphTakesNoTime() {
        Schedule schedule = new DependencyGraph().schedule(Map.of());
        assertThat(schedule.totalWeeks()).isZero();
        assertThat(schedule.criticalChain()).isEmpty();
        assertThat(schedule.all()).isEmpty();
    }

    @Test
    void leadTimesMustBeCompleteKnownAndInRange() {
        DependencyGraph graph = example(false);
        Map<String, Integer> missing = new HashMap<>(LEAD);
        missing.remove("D");
        Map<String, Integer> negative = new HashMap<>(LEAD);
        negative.put("D", -1);
        Map<String, Integer> unknown = new HashMap<>(LEAD);
        unknown.put("Z", 1);

        DomainException e = catchThrowableOfType(DomainException.class, () -> graph.schedule(missing));
        assertThat(e.messageKey()).isEqualTo("leadtime.missing");
        assertThat(e.arguments()).containsExactly("D");
        e = catchThrowableOfType(DomainException.class, () -> graph.schedule(negative));
        assertThat(e.messageKey()).isEqualTo("leadtime.range");
        assertThat(e.arguments()).containsExactly("D", -1, 5_200);
        e = catchThrowableOfType(DomainException.class, () -> graph.schedule(unknown));
        assertThat(e.messageKey()).isEqualTo("bouwsteen.unknown");
        assertThat(e.arguments()).containsExactly("Z");
    }
}
