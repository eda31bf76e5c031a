package nl.tafelwerk.advice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import nl.tafelwerk.advice.AdviceSection;
import nl.tafelwerk.advice.Suggestion;
import nl.tafelwerk.advice.SuggestionState;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "advice_suggestion")
public class SuggestionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "advice_id")
    private long adviceId;
    @Enumerated(EnumType.STRING)
    private AdviceSection section = AdviceSection.VRAAG;
    @Column(name = "base_text", columnDefinition = "LONGTEXT")
    private String baseText = "";
    @Column(columnDefinition = "LONGTEXT")
    private String text = "";
    private @Nullable String note;
    @Column(name = "proposed_by")
    private String proposedBy = "";
    @Column(name = "proposed_by_name")
    private String proposedByName = "";
    @Column(name = "proposed_at")
    private Instant proposedAt = Instant.EPOCH;
    @Enumerated(EnumType.STRING)
    private SuggestionState state = SuggestionState.OPEN;
    @Column(name = "decided_by")
    private @Nullable String decidedBy;
    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;
    @Column(name = "reject_reason")
    private @Nullable String rejectReason;
    @Version
    private long version;

    protected SuggestionEntity() {
    }

    public SuggestionEntity(long adviceId, AdviceSection section, String baseText, String text, @Nullable String note,
                            String proposedBy, String proposedByName, Instant proposedAt) {
        this.adviceId = adviceId;
        this.section = section;
        this.baseText = baseText;
        this.text = text;
        this.note = note;
        this.proposedBy = proposedBy;
        this.proposedByName = proposedByName;
        this.proposedAt = proposedAt;
    }

    public void decide(SuggestionState state, String by, Instant at, @Nullable String reason) {
        this.state = state;
        this.decidedBy = by;
        this.decidedAt = at;
        this.rejectReason = reason;
    }

    public Suggestion toSuggestion() {
        return new Suggestion(Objects.requireNonNull(id), adviceId, section, baseText, text, note, proposedBy,
                proposedByName, proposedAt, state, decidedBy, decidedAt, rejectReason, version);
    }

    public long getAdviceId() {
        return adviceId;
    }

    public SuggestionState getState() {
        return state;
    }

    public long getVersion() {
        return version;
    }
}
