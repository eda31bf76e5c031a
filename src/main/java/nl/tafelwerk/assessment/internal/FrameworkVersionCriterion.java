package nl.tafelwerk.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import nl.tafelwerk.assessment.ScoredCriterion;
import nl.tafelwerk.assessment.WsjfPart;
import org.jspecify.annotations.Nullable;

/** A scored criterion of a published version; part of that version, never changed. */
@Embeddable
public class FrameworkVersionCriterion {

    @Column(nullable = false)
    private String code = "";

    @Column(nullable = false)
    private String name = "";

    private @Nullable String description;

    @Column(name = "scale_values", nullable = false)
    private String scaleValues = "";

    @Column(nullable = false)
    private BigDecimal weight = BigDecimal.ONE;

    @Enumerated(EnumType.STRING)
    @Column(name = "wsjf_part", nullable = false)
    private WsjfPart wsjfPart = WsjfPart.BUSINESS_VALUE;

    protected FrameworkVersionCriterion() {
    }

    public FrameworkVersionCriterion(ScoredCriterion criterion) {
        this.code = criterion.code();
        this.name = criterion.name();
        this.description = criterion.description().isBlank() ? null : criterion.description();
        this.scaleValues = FrameworkScale.store(criterion.scale().values());
        this.weight = criterion.weight();
        this.wsjfPart = criterion.part();
    }

    ScoredCriterion toCriterion() {
        return new ScoredCriterion(code, name, description == null ? "" : description, FrameworkScale.read(scaleValues),
                FrameworkVersionEntity.plain(weight), wsjfPart);
    }
}
