package nl.tafelwerk.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.tafelwerk.assessment.ScoreScale;
import nl.tafelwerk.assessment.ScoredCriterion;
import nl.tafelwerk.assessment.WsjfPart;
import org.jspecify.annotations.Nullable;

/** A scored criterion as the framework version had it when the round opened. */
@Entity
@Table(name = "scoring_round_criterion")
public class RoundCriterionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private @Nullable ScoringRoundEntity round;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String code = "";

    @Column(nullable = false)
    private String name = "";

    @Column
    private @Nullable String description;

    @Column(nullable = false)
    private String scale = "";

    @Column(nullable = false)
    private BigDecimal weight = BigDecimal.ONE;

    @Enumerated(EnumType.STRING)
    @Column(name = "wsjf_part", nullable = false)
    private WsjfPart part = WsjfPart.BUSINESS_VALUE;

    protected RoundCriterionEntity() {
    }

    public RoundCriterionEntity(ScoringRoundEntity round, int position, ScoredCriterion criterion) {
        this.round = round;
        this.position = position;
        this.code = criterion.code();
        this.name = criterion.name();
        this.description = criterion.description();
        this.scale = criterion.scale().values().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.weight = criterion.weight();
        this.part = criterion.part();
    }

    public ScoredCriterion toCriterion() {
        ScoreScale values = new ScoreScale(Arrays.stream(scale.split(",")).map(String::trim).map(Integer::valueOf).toList());
        return new ScoredCriterion(code, name, description == null ? "" : description, values, weight, part);
    }
}
