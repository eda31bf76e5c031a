package nl.tafelwerk.buildingblocks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import nl.tafelwerk.buildingblocks.AcceptanceCriterion;
import nl.tafelwerk.buildingblocks.CriticalPath;
import nl.tafelwerk.buildingblocks.ImplementationPhase;
import org.junit.jupiter.api.Test;

/** The catalogue's seam on the graph analyses keeps the catalogue's answers. */
class GraphDependencyAnalysisTest {

    private final GraphDependencyAnalysis analysis = new GraphDependencyAnalysis();

    @Test
    void namesTheCycleALinkWouldCloseFromTheDependantBackToIt() {
        Map<String, Set<String>> needs = Map.of("TWIIN", Set.of("BEELD"));
        assertThat(analysis.cycleClosedBy(needs, "BEELD", "TWIIN")).containsExactly("BEELD", "TWIIN", "BEELD");
        Map<String, Set<String>> chain = Map.of("B", Set.of("C"), "C", Set.of("A"));
        assertThat(analysis.cycleClosedBy(chain, "A", "B")).containsExactly("A", "B", "C", "A");
    }

    @Test
    void safeAndDuplicateLinksCloseNoCycleASelfLinkDoes() {
        Map<String, Set<String>> needs = Map.of("A", Set.of("B"));
        assertThat(analysis.cycleClosedBy(needs, "A", "C")).isEmpty();
        assertThat(analysis.cycleClosedBy(needs, "NEW", "A")).isEmpty();
        assertThat(analysis.cycleClosedBy(needs, "A", "B")).isEmpty();
        assertThat(analysis.cycleClosedBy(needs, "A", "A")).containsExactly("A", "A");
    }

    @Test
    void closureBothWaysAndForAnUnlinkedCode() {
        Map<String, Set<String>> needs = Map.of("MITZ", Set.of("LSP", "ZORGAB"), "ZORGAB", Set.of("AORTA"), "LSP", Set.of("AORTA"));
        assertThat(analysis.neededTransitively(needs, "MITZ")).containsExactly("AORTA", "LSP", "ZORGAB");
        assertThat(analysis.needingTransitively(needs, "AORTA")).containsExactly("LSP", "MITZ", "ZORGAB");
        assertThat(analysis.neededTransitively(needs, "ALONE")).isEmpty();
    }

    @Test
    void missingLeadTimesCountAsZeroAndAreReported() {
        Map<String, Set<String>> needs = Map.of("A", Set.of("B", "C"), "B", Set.of("D"));
        CriticalPath path = analysis.criticalPath(needs, Map.of("A", 4, "C", 10, "D", 3), "A");
        assertThat(path.weeks()).isEqualTo(14);
        assertThat(path.chain()).containsExactly("C", "A");
        assertThat(path.unknownLeadTimes()).isEmpty();

        CriticalPath viaUnknown = analysis.criticalPath(needs, Map.of("A", 4, "D", 3), "A");
        assertThat(viaUnknown.weeks()).isEqualTo(7);
        assertThat(viaUnknown.chain()).containsExactly("D", "B", "A");
        assertThat(viaUnknown.unknownLeadTimes()).containsExactly("B");
    }

    @Test
    void aCycleInOldDataDoesNotBreakTheAnalyses() {
        Map<String, Set<String>> needs = Map.of("BEELD", Set.of("TWIIN"), "TWIIN", Set.of("BEELD"));
        assertThat(analysis.neededTransitively(needs, "BEELD")).containsExactly("TWIIN");
        assertThat(analysis.criticalPath(needs, Map.of("BEELD", 2, "TWIIN", 3), "BEELD").weeks()).isEqualTo(5);
    }

    @Test
    void readinessForTheTargetPhase() {
        Map<AcceptanceCriterion, Integer> levels = new EnumMap<>(AcceptanceCriterion.class);
        for (AcceptanceCriterion c : AcceptanceCriterion.values()) {
            levels.put(c, 1);
        }
        assertThat(analysis.readyFor(levels, ImplementationPhase.KOPLOPERS)).isTrue();
        assertThat(analysis.readyFor(levels, ImplementationPhase.OPTIMALISATIE)).isFalse();
        assertThat(analysis.readyFor(Map.of(), null)).isTrue();
    }
}
