package nl.tafelwerk.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import nl.tafelwerk.assessment.WsjfPart;
import org.jspecify.annotations.Nullable;

/** A scored criterion in the draft; its id is the key co-editors share for this row. Versioned through the draft. */
@Entity
@Table(name = "framework_draft_criterion")
public class FrameworkDraftCriterionEntity extends FrameworkDraftRowEntity {

    @Column(name = "scale_values", nullable = false)
    private String scaleValues = "";

    @Column(nullable = false)
    private BigDecimal weight = BigDecimal.ONE;

    @Enumerated(EnumType.STRING)
    @Column(name = "wsjf_part", nullable = false)
    private WsjfPart wsjfPart = WsjfPart.BUSINESS_VALUE;

    protected FrameworkDraftCriterionEntity() {
    }

    FrameworkDraftCriterionEntity(FrameworkDraftEntity draft, int position, String code, String name,
                                  @Nullable String description, String scaleValues, BigDecimal weight, WsjfPart part) {
        super(draft, position);
        update(code, name, description, scaleValues, weight, part);
    }

    public void update(String code, String name, @Nullable String description, String scaleValues, BigDecimal weight,
                       WsjfPart part) {
        updateRow(code, name, description);
        this.scaleValues = scaleValues;
        this.weight = weight;
        this.wsjfPart = part;
    }

    public String getScaleValues() {
        return scaleValues;
    }

    public BigDecimal getWeight() {
        return FrameworkVersionEntity.plain(weight);
    }

    public WsjfPart getWsjfPart() {
        return wsjfPart;
    }
}
