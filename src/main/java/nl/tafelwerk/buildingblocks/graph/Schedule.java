package nl.tafelwerk.buildingblocks.graph;

import java.util.List;

/**
 * Earliest readiness of every bouwsteen given the lead times, computed by {@link DependencyGraph#schedule}.
 *
 * <p>When several dependencies are ready in the same (latest) week, the critical chain goes through the
 * one with the alphabetically first code, so the outcome never depends on the order of input.
 */
public interface Schedule {

    Readiness readiness(String code);

    /** All bouwstenen, by earliest readiness, then by code. */
    List<Readiness> all();

    /** The week in which everything can be ready: the length of the critical path of the whole graph. */
    int totalWeeks();

    /** The chain that determines {@link #totalWeeks()} (ties: the alphabetically first end point). */
    List<String> criticalChain();
}
