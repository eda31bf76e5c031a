package nl.tafelwerk.buildingblocks.graph;

import java.util.List;

/**
 * When a bouwsteen can be ready at the earliest: it starts when all its dependencies are ready and then
 * takes its own lead time. Weeks are counted from the start of the plan (week 0).
 *
 * @param criticalChain the bouwstenen that determine {@code earliestReadyWeek}, from a bouwsteen without
 *                      dependencies up to and including this one; the sum of their lead times is
 *                      {@code earliestReadyWeek}
 */
public record Readiness(String code, int leadTimeWeeks, int earliestStartWeek, int earliestReadyWeek,
                        List<String> criticalChain) {

    public Readiness {
        criticalChain = List.copyOf(criticalChain);
    }
}
