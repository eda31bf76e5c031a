package nl.tafelwerk.assessment;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A scoring round as everyone may see it: what is scored, on which criteria (a copy of the framework
 * version's criteria when the round opened), by whom, and its state. Never carries a score.
 */
public record ScoringRound(long id, String title, RoundStatus status, long frameworkVersionId, int frameworkNumber,
                           Instant deadline, RoundRevealMode revealMode, RoundQuorum quorum, List<RoundItem> items,
                           List<ScoredCriterion> criteria, WsjfBoosts boosts, List<String> sectors, int members,
                           String openedBy, Instant openedAt, @Nullable Instant revealedAt, @Nullable String revealedBy,
                           @Nullable String quorumOverrideReason, long version) {

    public ScoringRound {
        items = List.copyOf(items);
        criteria = List.copyOf(criteria);
        sectors = List.copyOf(sectors);
    }

    public boolean revealed() {
        return status == RoundStatus.REVEALED;
    }

    public boolean pastDeadline(Instant now) {
        return !now.isBefore(deadline);
    }

    public ScoredCriterion criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no criterion " + code));
    }

    public RoundItem item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + key));
    }
}
