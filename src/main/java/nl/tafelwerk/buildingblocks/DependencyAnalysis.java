package nl.tafelwerk.buildingblocks;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The seam to the graph analyses. The catalogue hands over plain codes; the implementation owns
 * the algorithms (cycle detection, transitive closure, critical path, readiness). {@code needs}
 * maps each code to the codes it directly needs.
 */
public interface DependencyAnalysis {

    /**
     * The cycle the link {@code from} needs {@code to} would close, as codes starting and ending with
     * {@code from} (e.g. [MITZ, LSP, MITZ]); empty when the link is safe.
     */
    List<String> cycleClosedBy(Map<String, Set<String>> needs, String from, String to);

    /** Everything {@code code} needs, directly or through others. */
    Set<String> neededTransitively(Map<String, Set<String>> needs, String code);

    /** Everything that needs {@code code}, directly or through others. */
    Set<String> needingTransitively(Map<String, Set<String>> needs, String code);

    /** Earliest readiness from lead times in weeks (missing = unknown, counted as 0). */
    CriticalPath criticalPath(Map<String, Set<String>> needs, Map<String, Integer> leadTimes, String code);

    /** Whether the levels meet what {@code target} asks of every criterion; null target = nothing more to reach. */
    boolean readyFor(Map<AcceptanceCriterion, Integer> levels, @Nullable ImplementationPhase target);
}
