package nl.tafelwerk.buildingblocks.graph;

/**
 * "{@code dependant} needs {@code dependency}": one edge of the bouwstenen dependency graph, pointing from
 * the bouwsteen that waits to the bouwsteen it waits for, with the reason the table gave for it.
 */
public record Dependency(String dependant, String dependency, String reason) {

    @Override
    public String toString() {
        return dependant + " → " + dependency;
    }
}
