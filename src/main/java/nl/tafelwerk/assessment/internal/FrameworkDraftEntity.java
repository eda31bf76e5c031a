package nl.tafelwerk.assessment.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.tafelwerk.assessment.WsjfPart;
import org.jspecify.annotations.Nullable;

/**
 * The one draft of the next framework version (id 1), with its gates and criteria as rows. Every change,
 * a row's field as much as adding, removing or moving a row, raises the draft's version.
 */
@Entity
@Table(name = "framework_draft")
public class FrameworkDraftEntity {

    public static final long THE_DRAFT = 1L;

    @Id
    private Long id = THE_DRAFT;

    @Column(name = "based_on_number")
    private @Nullable Integer basedOnNumber;

    @Column(name = "legal_obligation_boost", nullable = false)
    private BigDecimal legalObligationBoost = BigDecimal.ZERO;

    @Column(name = "per_dependent_boost", nullable = false)
    private BigDecimal perDependentBoost = BigDecimal.ZERO;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy = "";

    @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<FrameworkDraftGateEntity> gates = new ArrayList<>();

    @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<FrameworkDraftCriterionEntity> criteria = new ArrayList<>();

    @Version
    private long version;

    protected FrameworkDraftEntity() {
    }

    public FrameworkDraftEntity(@Nullable Integer basedOnNumber, BigDecimal legalObligationBoost, BigDecimal perDependentBoost) {
        this.basedOnNumber = basedOnNumber;
        this.legalObligationBoost = legalObligationBoost;
        this.perDependentBoost = perDependentBoost;
    }

    public void setBoosts(BigDecimal legalObligation, BigDecimal perDependent) {
        this.legalObligationBoost = legalObligation;
        this.perDependentBoost = perDependent;
    }

    public void setBasedOnNumber(int number) {
        this.basedOnNumber = number;
    }

    public void touch(Instant at, String by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public FrameworkDraftGateEntity addGate(String code, String name, @Nullable String description) {
        FrameworkDraftGateEntity gate = new FrameworkDraftGateEntity(this, gates.size() + 1, code, name, description);
        gates.add(gate);
        return gate;
    }

    public FrameworkDraftCriterionEntity addCriterion(String code, String name, @Nullable String description, String scale,
                                                      BigDecimal weight, WsjfPart part) {
        FrameworkDraftCriterionEntity criterion = new FrameworkDraftCriterionEntity(this, criteria.size() + 1, code, name,
                description, scale, weight, part);
        criteria.add(criterion);
        return criterion;
    }

    public boolean removeGate(long key) {
        boolean removed = gates.removeIf(g -> g.getIdOrNull() != null && g.getId() == key);
        renumber();
        return removed;
    }

    public boolean removeCriterion(long key) {
        boolean removed = criteria.removeIf(c -> c.getId() == key);
        renumber();
        return removed;
    }

    /** Moves a row one place up ({@code -1}) or down ({@code +1}); false when it is already at that end. */
    public boolean moveGate(long key, int step) {
        return move(gates, indexOfGate(key), step);
    }

    public boolean moveCriterion(long key, int step) {
        return move(criteria, indexOfCriterion(key), step);
    }

    private <T> boolean move(List<T> rows, int index, int step) {
        int target = index + step;
        if (index < 0 || target < 0 || target >= rows.size()) {
            return false;
        }
        Collections.swap(rows, index, target);
        renumber();
        return true;
    }

    private int indexOfGate(long key) {
        for (int i = 0; i < gates.size(); i++) {
            if (gates.get(i).getId() == key) {
                return i;
            }
        }
        return -1;
    }

    private int indexOfCriterion(long key) {
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).getId() == key) {
                return i;
            }
        }
        return -1;
    }

    private void renumber() {
        for (int i = 0; i < gates.size(); i++) {
            gates.get(i).setPosition(i + 1);
        }
        for (int i = 0; i < criteria.size(); i++) {
            criteria.get(i).setPosition(i + 1);
        }
    }

    public @Nullable Integer getBasedOnNumber() {
        return basedOnNumber;
    }

    public BigDecimal getLegalObligationBoost() {
        return FrameworkVersionEntity.plain(legalObligationBoost);
    }

    public BigDecimal getPerDependentBoost() {
        return FrameworkVersionEntity.plain(perDependentBoost);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public List<FrameworkDraftGateEntity> getGates() {
        return Collections.unmodifiableList(gates);
    }

    public List<FrameworkDraftCriterionEntity> getCriteria() {
        return Collections.unmodifiableList(criteria);
    }

    public long getVersion() {
        return version;
    }
}
