package nl.tafelwerk.buildingblocks;

import org.jspecify.annotations.Nullable;

/** "{@code fromCode} needs {@code toCode}" with the reason why. */
public record Dependency(String fromCode, String fromName, String toCode, String toName, @Nullable String reason,
                         ProposalState proposalState, @Nullable String proposedBy) {
}
