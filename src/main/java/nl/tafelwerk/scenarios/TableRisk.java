package nl.tafelwerk.scenarios;

import org.jspecify.annotations.Nullable;

/**
 * A risk of the table-wide register (seeded from the sources). Unscored risks (002, 001) have no
 * levels; a scenario that takes one over must score it.
 */
public record TableRisk(String nr, String risk, @Nullable String kansWritten, @Nullable RiskLevel kans,
                        @Nullable String impactWritten, @Nullable RiskLevel impact, @Nullable String prioWritten,
                        @Nullable RiskLevel prio, String mitigation, String owner, String source) {

    /** kans × impact, or null when unscored. */
    public @Nullable RiskLevel computedPrio() {
        return kans == null || impact == null ? null : RiskLevel.prio(kans, impact);
    }
}
