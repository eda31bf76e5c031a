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
import org.jspecify.annotations.Nullable;

/** An item a member did not score, with the reason ("geen zicht op"). */
@Entity
@Table(name = "scoring_ballot_skip")
public class ScoreSkipEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ballot_id")
    private @Nullable ScoreBallotEntity ballot;

    @Column(name = "item_key", nullable = false)
    private String itemKey = "";

    @Column(nullable = false)
    private String reason = "";

    protected ScoreSkipEntity() {
    }

    ScoreSkipEntity(ScoreBallotEntity ballot, String itemKey, String reason) {
        this.ballot = ballot;
        this.itemKey = itemKey;
        this.reason = reason;
    }

    void change(String reason) {
        this.reason = reason;
    }

    String getItemKey() {
        return itemKey;
    }

    String getReason() {
        return reason;
    }
}
