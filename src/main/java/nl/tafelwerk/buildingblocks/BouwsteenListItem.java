package nl.tafelwerk.buildingblocks;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One row of the catalogue grid. */
public record BouwsteenListItem(String code, String name, String type, @Nullable String owner,
                                @Nullable ImplementationPhase phase, @Nullable Impact impact,
                                @Nullable BouwsteenStatus tableStatus, List<String> sectors,
                                @Nullable Integer leadTimeWeeks, ProposalState proposalState) {
}
