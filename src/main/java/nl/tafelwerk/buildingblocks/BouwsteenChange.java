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

    /** The values of a saved bouwsteen as a change against its own version: what the history compares. */
    public static BouwsteenChange of(Bouwsteen saved) {
        return new BouwsteenChange(saved.name(), saved.description(), saved.type(), saved.owner(), saved.phase(),
                saved.impact(), saved.tableStatus(), saved.sectors(), saved.leadTimeWeeks(), saved.maturity(),
                saved.source(), saved.legalAnchor(), saved.version());
    }

    public int level(AcceptanceCriterion criterion) {
        return maturity.getOrDefault(criterion, 0);
    }
}
