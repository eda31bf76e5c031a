package nl.tafelwerk.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.tafelwerk.meetings.Decision;
import nl.tafelwerk.meetings.DecisionOutcome;
import org.jspecify.annotations.Nullable;

/** Decisions are never changed once recorded: no setters. */
@Entity
@Table(name = "meeting_decision")
public class DecisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "meeting_id", nullable = false)
    private long meetingId;
    @Column(name = "item_id", nullable = false)
    private long itemId;
    @Column(nullable = false)
    private String text = "";
    @Column(name = "vraagstuk_code")
    private @Nullable String vraagstukCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DecisionOutcome outcome = DecisionOutcome.OVERIG;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt = Instant.EPOCH;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy = "";
    @Column(name = "gremium_code")
    private @Nullable String gremiumCode;

    protected DecisionEntity() {
    }

    public DecisionEntity(long meetingId, long itemId, String text, @Nullable String vraagstukCode,
                          DecisionOutcome outcome, Instant recordedAt, String recordedBy) {
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.text = text;
        this.vraagstukCode = vraagstukCode;
        this.outcome = outcome;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** A "gremium kiezen" decision: which gremium the table chose. */
    public DecisionEntity withGremium(@Nullable String gremiumCode) {
        this.gremiumCode = gremiumCode;
        return this;
    }

    public Decision toDecision() {
        return new Decision(java.util.Objects.requireNonNull(id), meetingId, itemId, text, vraagstukCode, outcome,
                recordedAt, recordedBy, gremiumCode);
    }
}
