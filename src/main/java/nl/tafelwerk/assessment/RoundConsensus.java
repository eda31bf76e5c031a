package nl.tafelwerk.assessment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The score the chair records for the table on one criterion of one item, after the reveal. */
public record RoundConsensus(String itemKey, String criterionCode, int value, @Nullable String rationale,
                             String decidedBy, Instant decidedAt) {
}
