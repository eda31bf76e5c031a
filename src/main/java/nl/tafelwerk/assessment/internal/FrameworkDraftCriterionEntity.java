package nl.tafelwerk.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import nl.tafelwerk.assessment.WsjfPart;
import org.jspecify.annotations.Nullable;

/** A scored criterion in the draft; its id is the key co-editors share for this row. Versioned through the draft. */
@Entity
@Table(name = "framework_draft_criterion")
public class FrameworkDraftCriterionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "draft_id")
    private @Nullable FrameworkDraftEntity draft;

    @Column(nullable = false)
    private int position;

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

    protected FrameworkDraftCriterionEntity() {
    }

    FrameworkDraftCriterionEntity(FrameworkDraftEntity draft, int position, String code, String name,
                                  @Nullable String description, String scaleValues, BigDecimal weight, WsjfPart part) {
        this.draft = draft;
        this.position = position;
        update(code, name, description, scaleValues, weight, part);
    }

    public void update(String code, String name, @Nullable String description, String scaleValues, BigDecimal weight,
                       WsjfPart part) {
        this.code = code;
        this.name = name;
        this.description = description == null || description.isBlank() ? null : description;
        this.scaleValues = scaleValues;
        this.weight = weight;
        this.wsjfPart = part;
    }

    public long getId() {
        return Objects.requireNonNull(id);
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description == null ? "" : description;
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
