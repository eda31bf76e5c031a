package nl.tafelwerk.assessment.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.tafelwerk.assessment.FrameworkVersion;
import nl.tafelwerk.assessment.GateCriterion;
import nl.tafelwerk.assessment.ScoredCriterion;
import nl.tafelwerk.assessment.WsjfBoosts;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A published version of the afwegingskader. Written once when published and never updated (Hibernate
 * ignores changes to an {@link Immutable} entity), so a round that holds its id always reads the same framework.
 */
@Entity
@Immutable
@Table(name = "framework_version")
public class FrameworkVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private int number;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn = LocalDate.EPOCH;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt = Instant.EPOCH;

    @Column(name = "published_by", nullable = false)
    private String publishedBy = "";

    @Column(name = "legal_obligation_boost", nullable = false)
    private BigDecimal legalObligationBoost = BigDecimal.ZERO;

    @Column(name = "per_dependent_boost", nullable = false)
    private BigDecimal perDependentBoost = BigDecimal.ZERO;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "framework_version_gate", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<FrameworkVersionGate> gates = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "framework_version_criterion", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<FrameworkVersionCriterion> criteria = new ArrayList<>();

    protected FrameworkVersionEntity() {
    }

    public FrameworkVersionEntity(int number, LocalDate publishedOn, Instant publishedAt, String publishedBy,
                                  List<GateCriterion> gates, List<ScoredCriterion> criteria, WsjfBoosts boosts) {
        this.number = number;
        this.publishedOn = publishedOn;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.legalObligationBoost = boosts.legalObligation();
        this.perDependentBoost = boosts.perDependentBouwsteen();
        gates.forEach(g -> this.gates.add(new FrameworkVersionGate(g)));
        criteria.forEach(c -> this.criteria.add(new FrameworkVersionCriterion(c)));
    }

    public int getNumber() {
        return number;
    }

    public FrameworkVersion toVersion() {
        return new FrameworkVersion(Objects.requireNonNull(id), number, publishedOn, publishedBy,
                gates.stream().map(FrameworkVersionGate::toGate).toList(),
                criteria.stream().map(FrameworkVersionCriterion::toCriterion).toList(),
                new WsjfBoosts(plain(legalObligationBoost), plain(perDependentBoost)));
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
