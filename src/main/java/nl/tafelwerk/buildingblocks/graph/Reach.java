package nl.tafelwerk.buildingblocks.graph;

/**
 * One bouwsteen found by a transitive query, with its depth: the number of "needs" steps on the shortest
 * chain between the queried bouwsteen and this one (1 = direct).
 */
public record Reach(String code, int depth) {
}
