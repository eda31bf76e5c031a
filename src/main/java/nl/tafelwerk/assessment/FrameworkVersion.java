package nl.tafelwerk.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * A published, immutable version of the afwegingskader. A scoring round keeps the version it was opened with,
 * so publishing a newer one never changes a running round.
 */
public record FrameworkVersion(long id, int number, LocalDate publishedOn, String publishedBy,
                               List<GateCriterion> gates, List<ScoredCriterion> criteria, WsjfBoosts boosts) {

    public FrameworkVersion {
        gates = List.copyOf(gates);
        criteria = List.copyOf(criteria);
    }
}
