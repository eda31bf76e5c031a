package nl.tafelwerk.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A revealed round: every member's ballot (named, or labelled by sector only when the round was opened so) and the
 * consensus so far. Exists only after the reveal.
 */
public record RoundResults(ScoringRound round, List<RevealedBallot> ballots, List<RoundConsensus> consensus) {

    public RoundResults {
        ballots = List.copyOf(ballots);
        consensus = List.copyOf(consensus);
    }

    /** One member's ballot as the reveal shows it; {@code label} is the name, or e.g. "HAZ 1" in sectors-only rounds. */
    public record RevealedBallot(String label, String sector, Map<String, Map<String, RoundScore>> scores,
                                 Map<String, String> skipped) {

        public RevealedBallot {
            scores = Map.copyOf(scores);
            skipped = Map.copyOf(skipped);
        }

        public Optional<RoundScore> score(String itemKey, String criterion) {
            return Optional.ofNullable(scores.getOrDefault(itemKey, Map.of()).get(criterion));
        }
    }

    public Optional<RoundConsensus> consensus(String itemKey, String criterion) {
        return consensus.stream().filter(c -> c.itemKey().equals(itemKey) && c.criterionCode().equals(criterion)).findFirst();
    }

    /** The values members gave on one item and criterion (skips and blanks left out). */
    public List<Integer> values(String itemKey, String criterion) {
        return ballots.stream().flatMap(b -> b.score(itemKey, criterion).stream()).map(RoundScore::value).toList();
    }
}
