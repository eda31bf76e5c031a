package nl.tafelwerk.buildingblocks.graph;

import java.util.List;
import java.util.OptionalInt;

/**
 * The transitive closure of the dependency graph for all bouwstenen at once, as it was when
 * {@link DependencyGraph#closure()} was called (later changes to the graph do not show here).
 * Lists are ordered by depth, then by code.
 */
public interface TransitiveClosure {

    /** Everything {@code code} needs, directly or through other bouwstenen. */
    List<Reach> dependenciesOf(String code);

    /** Everything that needs {@code code}, directly or indirectly: what delaying {@code code} blocks. */
    List<Reach> dependantsOf(String code);

    /** Whether {@code dependant} needs {@code dependency}, directly or indirectly. */
    boolean dependsOn(String dependant, String dependency);

    /** The number of steps on the shortest chain from {@code dependant} to {@code dependency}, if any. */
    OptionalInt depth(String dependant, String dependency);
}
