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
import nl.tafelwerk.assessment.RoundScore;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "scoring_ballot_score")
public class BallotScoreEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ballot_id")
    private @Nullable ScoreBallotEntity ballot;

    @Column(name = "item_key", nullable = false)
    private String itemKey = "";

    @Column(name = "criterion_code", nullable = false)
    private String criterionCode = "";

    @Column(nullable = false)
    private int score;

    @Column
    private @Nullable String rationale;

    protected BallotScoreEntity() {
    }

    BallotScoreEntity(ScoreBallotEntity ballot, String itemKey, String criterionCode, RoundScore value) {
        this.ballot = ballot;
        this.itemKey = itemKey;
        this.criterionCode = criterionCode;
        change(value);
    }

    void change(RoundScore value) {
        this.score = value.value();
        this.rationale = value.rationale();
    }

    String getItemKey() {
        return itemKey;
    }

    String getCriterionCode() {
        return criterionCode;
    }

    RoundScore toScore() {
        return new RoundScore(score, rationale);
    }

    @Override
    public String toString() {
        return "BallotScoreEntity[sealed]";
    }
}
