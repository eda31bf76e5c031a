package nl.tafelwerk.assessment;

import java.util.Map;

/**
 * One member's own ballot: per item key, the scores per criterion code, and the items skipped with their reason.
 * Only its author reads it before the reveal. {@code version} is what the next save must be made against.
 */
public record RoundBallot(long roundId, String member, String memberName, String sector,
                          Map<String, Map<String, RoundScore>> scores, Map<String, String> skipped, long version) {

    public RoundBallot {
        scores = Map.copyOf(scores);
        skipped = Map.copyOf(skipped);
    }

    public boolean complete(ScoringRound round) {
        return round.items().stream().allMatch(i -> itemDone(i.key(), round.criteria().size()));
    }

    public boolean itemDone(String itemKey, int criteria) {
        return skipped.containsKey(itemKey) || scores.getOrDefault(itemKey, Map.of()).size() == criteria;
    }

    public int itemsDone(ScoringRound round) {
        return (int) round.items().stream().filter(i -> itemDone(i.key(), round.criteria().size())).count();
    }

    @Override
    public String toString() {
        return "RoundBallot[round=" + roundId + ", member=" + member + ", sealed]";
    }
}
