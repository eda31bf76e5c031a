package nl.tafelwerk.assessment.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tafelwerk.assessment.RoundBallot;
import nl.tafelwerk.assessment.RoundResults;
import nl.tafelwerk.assessment.RoundScore;
import org.jspecify.annotations.Nullable;

/**
 * One member's sealed ballot in one round. Read only through the round service, which hands it to its author alone
 * until the reveal. No {@code toString} with values: a ballot never prints what it holds.
 */
@Entity
@Table(name = "scoring_ballot")
public class ScoreBallotEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "member_username", nullable = false)
    private String memberUsername = "";

    @Column(name = "member_name", nullable = false)
    private String memberName = "";

    @Column(name = "sector_code", nullable = false)
    private String sectorCode = "";

    @Column(name = "updated_at")
    private @Nullable Instant updatedAt;

    @OneToMany(mappedBy = "ballot", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<BallotScoreEntity> scores = new ArrayList<>();

    @OneToMany(mappedBy = "ballot", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<ScoreSkipEntity> skips = new ArrayList<>();

    @Version
    private long version;

    protected ScoreBallotEntity() {
    }

    public ScoreBallotEntity(long roundId, String memberUsername, String memberName, String sectorCode) {
        this.roundId = roundId;
        this.memberUsername = memberUsername;
        this.memberName = memberName;
        this.sectorCode = sectorCode;
    }

    public String getMemberUsername() {
        return memberUsername;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public long getVersion() {
        return version;
    }

    /** Replaces what this member gave on one item: the scores per criterion (a skip of the item is withdrawn). */
    public void scoreItem(String itemKey, Map<String, RoundScore> values, Instant at) {
        skips.removeIf(s -> s.getItemKey().equals(itemKey));
        scores.removeIf(s -> s.getItemKey().equals(itemKey) && !values.containsKey(s.getCriterionCode()));
        values.forEach((criterion, score) -> scores.stream()
                .filter(s -> s.getItemKey().equals(itemKey) && s.getCriterionCode().equals(criterion)).findFirst()
                .ifPresentOrElse(s -> s.change(score),
                        () -> scores.add(new BallotScoreEntity(this, itemKey, criterion, score))));
        updatedAt = at;
    }

    public void skipItem(String itemKey, String reason, Instant at) {
        scores.removeIf(s -> s.getItemKey().equals(itemKey));
        skips.stream().filter(s -> s.getItemKey().equals(itemKey)).findFirst()
                .ifPresentOrElse(s -> s.change(reason), () -> skips.add(new ScoreSkipEntity(this, itemKey, reason)));
        updatedAt = at;
    }

    /** Counts only: how many of {@code itemKeys} are scored on every criterion or skipped. */
    public int itemsDone(List<String> itemKeys, int criteria) {
        int done = 0;
        for (String key : itemKeys) {
            boolean skipped = skips.stream().anyMatch(s -> s.getItemKey().equals(key));
            long scored = scores.stream().filter(s -> s.getItemKey().equals(key)).count();
            if (skipped || scored == criteria) {
                done++;
            }
        }
        return done;
    }

    private Map<String, Map<String, RoundScore>> scoreMap() {
        Map<String, Map<String, RoundScore>> map = new LinkedHashMap<>();
        for (BallotScoreEntity s : scores) {
            map.computeIfAbsent(s.getItemKey(), k -> new LinkedHashMap<>()).put(s.getCriterionCode(), s.toScore());
        }
        map.replaceAll((k, v) -> Map.copyOf(v));
        return map;
    }

    private Map<String, String> skipMap() {
        Map<String, String> map = new LinkedHashMap<>();
        skips.forEach(s -> map.put(s.getItemKey(), s.getReason()));
        return map;
    }

    /** For its author (or anyone after the reveal); the service decides who gets it. */
    public RoundBallot toBallot() {
        return new RoundBallot(roundId, memberUsername, memberName, sectorCode, scoreMap(), skipMap(), version);
    }

    public RoundResults.RevealedBallot toRevealed(String label) {
        return new RoundResults.RevealedBallot(label, sectorCode, scoreMap(), skipMap());
    }

    @Override
    public String toString() {
        return "ScoreBallotEntity[round=" + roundId + ", member=" + memberUsername + ", sealed]";
    }
}
