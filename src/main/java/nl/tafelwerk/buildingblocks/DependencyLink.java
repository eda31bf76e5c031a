package nl.tafelwerk.buildingblocks;

import org.jspecify.annotations.Nullable;

/**
 * A stored link of the catalogue: "{@code fromCode} needs {@code toCode}" with the reason why, the names
 * for display, and whether it is proposed or accepted. The graph analyses use {@link nl.tafelwerk.buildingblocks.graph.Dependency}.
 */
public record DependencyLink(String fromCode, String fromName, String toCode, String toName, @Nullable String reason,
                             ProposalState proposalState, @Nullable String proposedBy) {
}
