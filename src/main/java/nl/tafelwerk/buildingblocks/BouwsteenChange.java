package nl.tafelwerk.buildingblocks;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a user saves on a bouwsteen, made against {@code baseVersion}. */
public record BouwsteenChange(String name, @Nullable String description, String type, @Nullable String owner,
                              @Nullable ImplementationPhase phase, @Nullable Impact impact,
                              @Nullable BouwsteenStatus tableStatus, List<String> sectors, @Nullable Integer leadTimeWeeks,
                              Map<AcceptanceCriterion, Integer> maturity, @Nullable String source,
                              @Nullable String legalAnchor, long baseVersion) {
}
