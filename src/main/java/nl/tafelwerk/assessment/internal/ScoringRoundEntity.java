package nl.tafelwerk.assessment.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.tafelwerk.assessment.RoundQuorum;
import nl.tafelwerk.assessment.RoundRevealMode;
import nl.tafelwerk.assessment.RoundStatus;
import nl.tafelwerk.assessment.WsjfBoosts;
import org.jspecify.annotations.Nullable;

/** A scoring round's own state, items, criteria (copied from the framework version) and consensus. */
@Entity
@Table(name = "scoring_round")
public class ScoringRoundEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String title = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundStatus status = RoundStatus.OPEN;

    @Column(name = "framework_version_id", nullable = false)
    private long frameworkVersionId;

    @Column(name = "framework_number", nullable = false)
    private int frameworkNumber;

    @Column(nullable = false)
    private Instant deadline = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(name = "reveal_mode", nullable = false)
    private RoundRevealMode revealMode = RoundRevealMode.NAMED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundQuorum quorum = RoundQuorum.EVERY_SECTOR;

    @Column(name = "opened_by", nullable = false)
    private String openedBy = "";

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt = Instant.EPOCH;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "revealed_at")
    private @Nullable Instant revealedAt;

    @Column(name = "revealed_by")
    private @Nullable String revealedBy;

    @Column(name = "quorum_override_reason")
    private @Nullable String quorumOverrideReason;

    @Column(name = "legal_boost", nullable = false)
    private BigDecimal legalBoost = BigDecimal.ZERO;

    @Column(name = "dependent_boost", nullable = false)
    private BigDecimal dependentBoost = BigDecimal.ZERO;

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<RoundItemEntity> items = new ArrayList<>();

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RoundCriterionEntity> criteria = new ArrayList<>();

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RoundConsensusEntity> consensus = new ArrayList<>();

    @Version
    private long version;

    protected ScoringRoundEntity() {
    }

    public ScoringRoundEntity(String title, long frameworkVersionId, int frameworkNumber, Instant deadline,
                              RoundRevealMode revealMode, RoundQuorum quorum, WsjfBoosts boosts, String openedBy,
                              Instant openedAt) {
        this.title = title;
        this.frameworkVersionId = frameworkVersionId;
        this.frameworkNumber = frameworkNumber;
        this.deadline = deadline;
        this.revealMode = revealMode;
        this.quorum = quorum;
        this.legalBoost = boosts.legalObligation();
        this.dependentBoost = boosts.perDependentBouwsteen();
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long id() {
        Long value = id;
        if (value == null) {
            throw new IllegalStateException("round not saved yet");
        }
        return value;
    }

    public String getTitle() {
        return title;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public long getFrameworkVersionId() {
        return frameworkVersionId;
    }

    public int getFrameworkNumber() {
        return frameworkNumber;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public RoundRevealMode getRevealMode() {
        return revealMode;
    }

    public RoundQuorum getQuorum() {
        return quorum;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public @Nullable Instant getRevealedAt() {
        return revealedAt;
    }

    public @Nullable String getRevealedBy() {
        return revealedBy;
    }

    public @Nullable String getQuorumOverrideReason() {
        return quorumOverrideReason;
    }

    public WsjfBoosts boosts() {
        return new WsjfBoosts(legalBoost, dependentBoost);
    }

    public List<RoundItemEntity> getItems() {
        return items;
    }

    public List<RoundCriterionEntity> getCriteria() {
        return criteria;
    }

    public List<RoundConsensusEntity> getConsensus() {
        return consensus;
    }

    public long getVersion() {
        return version;
    }

    public void addItem(RoundItemEntity item) {
        items.add(item);
    }

    public void addCriterion(RoundCriterionEntity criterion) {
        criteria.add(criterion);
    }

    public void close(Instant at) {
        status = RoundStatus.CLOSED;
        closedAt = at;
    }

    public void reopen() {
        status = RoundStatus.OPEN;
        closedAt = null;
    }

    public void reveal(String by, Instant at, @Nullable String overrideReason) {
        if (closedAt == null) {
            closedAt = at;
        }
        status = RoundStatus.REVEALED;
        revealedBy = by;
        revealedAt = at;
        quorumOverrideReason = overrideReason;
    }

    public void recordConsensus(String itemKey, String criterionCode, int score, @Nullable String rationale, String by,
                                Instant at) {
        Optional<RoundConsensusEntity> existing = consensus.stream()
                .filter(c -> c.getItemKey().equals(itemKey) && c.getCriterionCode().equals(criterionCode)).findFirst();
        if (existing.isPresent()) {
            existing.get().change(score, rationale, by, at);
        } else {
            consensus.add(new RoundConsensusEntity(this, itemKey, criterionCode, score, rationale, by, at));
        }
    }
}
