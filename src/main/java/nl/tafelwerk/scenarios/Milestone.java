package nl.tafelwerk.scenarios;

import org.jspecify.annotations.Nullable;

/**
 * A milestone of the scenario. {@code baseline} is the quarter first agreed; a planned quarter after
 * it is a slip of at least three months, over 004's escalation threshold of one month. When
 * {@code bouwsteen} is set, the milestone is reached when that bouwsteen is ready.
 */
public record Milestone(String id, String name, Quarter planned, @Nullable Quarter baseline, @Nullable String bouwsteen,
                        boolean critical) {
}
