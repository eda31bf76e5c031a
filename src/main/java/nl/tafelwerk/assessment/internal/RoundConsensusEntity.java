package nl.tafelwerk.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.tafelwerk.assessment.RoundConsensus;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "scoring_round_consensus")
public class RoundConsensusEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private @Nullable ScoringRoundEntity round;

    @Column(name = "item_key", nullable = false)
    private String itemKey = "";

    @Column(name = "criterion_code", nullable = false)
    private String criterionCode = "";

    @Column(nullable = false)
    private int score;

    @Column
    private @Nullable String rationale;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy = "";

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt = Instant.EPOCH;

    protected RoundConsensusEntity() {
    }

    RoundConsensusEntity(ScoringRoundEntity round, String itemKey, String criterionCode, int score,
                         @Nullable String rationale, String decidedBy, Instant decidedAt) {
        this.round = round;
        this.itemKey = itemKey;
        this.criterionCode = criterionCode;
        change(score, rationale, decidedBy, decidedAt);
    }

    void change(int score, @Nullable String rationale, String decidedBy, Instant decidedAt) {
        this.score = score;
        this.rationale = rationale;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getCriterionCode() {
        return criterionCode;
    }

    public RoundConsensus toConsensus() {
        return new RoundConsensus(itemKey, criterionCode, score, rationale, decidedBy, decidedAt);
    }
}
