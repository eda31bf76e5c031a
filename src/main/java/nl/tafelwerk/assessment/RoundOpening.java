package nl.tafelwerk.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the chair or programmabureau chooses when opening a round. {@code sectors} limits the members who
 * score to those sectors; empty means every sector with an active member.
 */
public record RoundOpening(String title, List<RoundItemRef> items, long frameworkVersionId, Instant deadline,
                           RoundRevealMode revealMode, RoundQuorum quorum, Set<String> sectors) {

    public static final int TITLE_MAX = 200;

    public RoundOpening {
        items = List.copyOf(items);
        sectors = Set.copyOf(sectors);
    }
}
