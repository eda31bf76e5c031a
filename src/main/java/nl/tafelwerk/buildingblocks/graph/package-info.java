/**
 * The dependency-graph library of the catalogue (DD004): the editable graph that refuses cycles, the
 * transitive closure and the critical-path schedule, on plain codes. No Spring, no database and nothing
 * else of the catalogue; {@code ArchitectureTest} keeps it that way. The catalogue reaches it through
 * {@code buildingblocks.DependencyAnalysis}.
 */
@NullMarked
package nl.tafelwerk.buildingblocks.graph;

import org.jspecify.annotations.NullMarked;
