package nl.tafelwerk.buildingblocks.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.tafelwerk.buildingblocks.AcceptanceCriterion;
import nl.tafelwerk.buildingblocks.Bouwsteen;
import nl.tafelwerk.buildingblocks.BouwsteenListItem;
import nl.tafelwerk.buildingblocks.BouwsteenStatus;
import nl.tafelwerk.buildingblocks.Impact;
import nl.tafelwerk.buildingblocks.ImplementationPhase;
import nl.tafelwerk.buildingblocks.ProposalState;
import org.jspecify.annotations.Nullable;

/** A building block of the information system (DOMAIN.md §4). {@code status} is the table's traffic light. */
@Entity
@Table(name = "bouwsteen")
public class BouwsteenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String code = "";

    @Column(nullable = false)
    private String name = "";

    private @Nullable String description;

    @Column(nullable = false)
    private String type = "";

    @Enumerated(EnumType.STRING)
    private @Nullable ImplementationPhase phase;

    @Enumerated(EnumType.STRING)
    private @Nullable Impact impact;

    @Enumerated(EnumType.STRING)
    private @Nullable BouwsteenStatus status;

    private @Nullable String owner;

    @Column(name = "legal_anchor")
    private @Nullable String legalAnchor;

    private @Nullable String source;

    @Column(name = "lead_time_weeks")
    private @Nullable Integer leadTimeWeeks;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposal_state", nullable = false)
    private ProposalState proposalState = ProposalState.BEVESTIGD;

    @Column(name = "proposed_by")
    private @Nullable String proposedBy;

    @Column(name = "inferred_fields")
    private @Nullable String inferredFields;

    @Column(name = "updated_at")
    private @Nullable Instant updatedAt;

    @Column(name = "updated_by")
    private @Nullable String updatedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bouwsteen_sector", joinColumns = @JoinColumn(name = "bouwsteen_id"))
    @Column(name = "sector_code")
    private Set<String> sectors = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bouwsteen_sector_status", joinColumns = @JoinColumn(name = "bouwsteen_id"))
    @MapKeyColumn(name = "sector_code")
    @Column(name = "status")
    @Enumerated(EnumType.STRING)
    private Map<String, BouwsteenStatus> sectorStatuses = new TreeMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bouwsteen_maturity", joinColumns = @JoinColumn(name = "bouwsteen_id"))
    @MapKeyColumn(name = "criterion")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "maturity_level")
    private Map<AcceptanceCriterion, Integer> maturity = new EnumMap<>(AcceptanceCriterion.class);

    @Version
    private long version;

    protected BouwsteenEntity() {
    }

    public BouwsteenEntity(String code, String name, @Nullable String description, String type) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.type = type;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Bouwsteen " + code + " is not saved yet");
        }
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }

    public ProposalState getProposalState() {
        return proposalState;
    }

    public @Nullable Integer getLeadTimeWeeks() {
        return leadTimeWeeks;
    }

    public @Nullable String getProposedBy() {
        return proposedBy;
    }

    public Set<String> getSectors() {
        return sectors;
    }

    public Map<String, BouwsteenStatus> getSectorStatuses() {
        return sectorStatuses;
    }

    public Map<AcceptanceCriterion, Integer> getMaturity() {
        return maturity;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public void setType(String type) {
        this.type = type;
    }

    public void setPhase(@Nullable ImplementationPhase phase) {
        this.phase = phase;
    }

    public void setImpact(@Nullable Impact impact) {
        this.impact = impact;
    }

    public void setTableStatus(@Nullable BouwsteenStatus status) {
        this.status = status;
    }

    public void setOwner(@Nullable String owner) {
        this.owner = owner;
    }

    public void setLegalAnchor(@Nullable String legalAnchor) {
        this.legalAnchor = legalAnchor;
    }

    public void setSource(@Nullable String source) {
        this.source = source;
    }

    public void setLeadTimeWeeks(@Nullable Integer leadTimeWeeks) {
        this.leadTimeWeeks = leadTimeWeeks;
    }

    public void setSectors(List<String> sectors) {
        if (!new LinkedHashSet<>(sectors).equals(this.sectors)) {
            this.sectors.clear();
            this.sectors.addAll(sectors);
        }
    }

    public void setSectorStatus(String sector, @Nullable BouwsteenStatus status) {
        if (status == null) {
            sectorStatuses.remove(sector);
        } else {
            sectorStatuses.put(sector, status);
        }
    }

    public void setLevel(AcceptanceCriterion criterion, int level) {
        if (level == 0) {
            maturity.remove(criterion);
        } else {
            maturity.put(criterion, level);
        }
    }

    public void propose(String by) {
        this.proposalState = ProposalState.VOORGESTELD;
        this.proposedBy = by;
    }

    public void confirm() {
        this.proposalState = ProposalState.BEVESTIGD;
    }

    /** A field the user set is no longer an inference from prose. */
    public void markStated(String field) {
        Set<String> inferred = inferred();
        if (inferred.remove(field)) {
            inferredFields = inferred.isEmpty() ? null : String.join(",", inferred);
        }
    }

    public void setInferred(List<String> fields) {
        inferredFields = fields.isEmpty() ? null : String.join(",", fields);
    }

    public void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    Set<String> inferred() {
        return inferredFields == null ? new LinkedHashSet<>()
                : Arrays.stream(inferredFields.split(",")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Bouwsteen toBouwsteen() {
        return new Bouwsteen(code, name, description, type, owner, phase, impact, status, new TreeMap<>(sectorStatuses),
                List.copyOf(sectors), leadTimeWeeks, maturity.isEmpty() ? Map.of() : new EnumMap<>(maturity), source,
                legalAnchor, proposalState, proposedBy, inferred(), version, updatedAt, updatedBy);
    }

    public BouwsteenListItem toListItem() {
        return new BouwsteenListItem(code, name, type, owner, phase, impact, status, List.copyOf(sectors), leadTimeWeeks,
                proposalState);
    }
}
