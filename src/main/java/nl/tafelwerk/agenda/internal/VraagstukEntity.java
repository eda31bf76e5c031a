package nl.tafelwerk.agenda.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import nl.tafelwerk.agenda.Urgentie;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.agenda.VraagstukBron;
import nl.tafelwerk.agenda.VraagstukListItem;
import nl.tafelwerk.agenda.VraagstukStatus;
import nl.tafelwerk.agenda.VraagstukType;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** An intersectoral issue on (or on its way to) the voorraadagenda. */
@Entity
@Table(name = "vraagstuk")
public class VraagstukEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String code = "";

    @Column(nullable = false)
    private String title = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VraagstukType type = VraagstukType.OVERIG;

    private @Nullable String description;

    private @Nullable String rationale;

    @Enumerated(EnumType.STRING)
    private @Nullable Urgentie urgency;

    @Column(name = "submitted_by_sector")
    private @Nullable String submittedBySector;

    @Column(name = "submitted_by_user")
    private @Nullable String submittedByUser;

    @Enumerated(EnumType.STRING)
    @Column(name = "input_source")
    private @Nullable VraagstukBron inputSource;

    /** The document(s) of the catalogue this came from. */
    private @Nullable String source;

    @Column(name = "gremium_code")
    private @Nullable String gremiumCode;

    @Column(name = "working_group")
    private @Nullable String workingGroup;

    @Column(name = "owner_name")
    private @Nullable String owner;

    @Column(name = "next_meeting")
    private @Nullable LocalDate nextMeeting;

    @Column(name = "agenda_position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VraagstukStatus status = VraagstukStatus.INGEDIEND;

    @Column(name = "status_reason")
    private @Nullable String statusReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at")
    private @Nullable Instant updatedAt;

    @Column(name = "updated_by")
    private @Nullable String updatedBy;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "vraagstuk_affected_sector", joinColumns = @JoinColumn(name = "vraagstuk_id"))
    @Column(name = "sector_code")
    private Set<String> affectedSectors = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "vraagstuk_bouwsteen", joinColumns = @JoinColumn(name = "vraagstuk_id"))
    @Column(name = "bouwsteen_code")
    private Set<String> bouwstenen = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "vraagstuk_screening", joinColumns = @JoinColumn(name = "vraagstuk_id"))
    @Column(name = "gate_code")
    private Set<String> screening = new LinkedHashSet<>();

    @Version
    private long version;

    protected VraagstukEntity() {
    }

    public VraagstukEntity(String code, String title, VraagstukType type, @Nullable String description,
                           @Nullable String submittedBySector, @Nullable VraagstukBron inputSource, @Nullable String source,
                           VraagstukStatus status, Instant createdAt, Set<String> affectedSectors, Set<String> bouwstenen) {
        this.code = code;
        this.title = title;
        this.type = type;
        this.description = description;
        this.submittedBySector = submittedBySector;
        this.inputSource = inputSource;
        this.source = source;
        this.status = status;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.affectedSectors = new LinkedHashSet<>(affectedSectors);
        this.bouwstenen = new LinkedHashSet<>(bouwstenen);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public VraagstukType getType() {
        return type;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public @Nullable String getRationale() {
        return rationale;
    }

    public @Nullable Urgentie getUrgency() {
        return urgency;
    }

    public @Nullable String getSubmittedBySector() {
        return submittedBySector;
    }

    public @Nullable String getSubmittedByUser() {
        return submittedByUser;
    }

    public @Nullable VraagstukBron getInputSource() {
        return inputSource;
    }

    public @Nullable String getGremiumCode() {
        return gremiumCode;
    }

    public @Nullable String getWorkingGroup() {
        return workingGroup;
    }

    public @Nullable String getOwner() {
        return owner;
    }

    public @Nullable LocalDate getNextMeeting() {
        return nextMeeting;
    }

    public int getPosition() {
        return position;
    }

    public VraagstukStatus getStatus() {
        return status;
    }

    public Set<String> getAffectedSectors() {
        return affectedSectors;
    }

    public Set<String> getBouwstenen() {
        return bouwstenen;
    }

    public Set<String> getScreening() {
        return screening;
    }

    public long getVersion() {
        return version;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public void setType(VraagstukType type) {
        this.type = type;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public void setRationale(@Nullable String rationale) {
        this.rationale = rationale;
    }

    public void setUrgency(@Nullable Urgentie urgency) {
        this.urgency = urgency;
    }

    public void setSubmittedBySector(@Nullable String submittedBySector) {
        this.submittedBySector = submittedBySector;
    }

    public void setSubmittedByUser(@Nullable String submittedByUser) {
        this.submittedByUser = submittedByUser;
    }

    public void setInputSource(@Nullable VraagstukBron inputSource) {
        this.inputSource = inputSource;
    }

    public void setGremiumCode(@Nullable String gremiumCode) {
        this.gremiumCode = gremiumCode;
    }

    public void setWorkingGroup(@Nullable String workingGroup) {
        this.workingGroup = workingGroup;
    }

    public void setOwner(@Nullable String owner) {
        this.owner = owner;
    }

    public void setNextMeeting(@Nullable LocalDate nextMeeting) {
        this.nextMeeting = nextMeeting;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public void setStatus(VraagstukStatus status, @Nullable String reason) {
        this.status = status;
        this.statusReason = reason;
    }

    public void setAffectedSectors(Set<String> codes) {
        affectedSectors.clear();
        affectedSectors.addAll(codes);
    }

    public void setBouwstenen(Set<String> codes) {
        bouwstenen.clear();
        bouwstenen.addAll(codes);
    }

    public void setScreening(Set<String> gates) {
        screening.clear();
        screening.addAll(gates);
    }

    public void touch(Instant at, String by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** Forces a version increment even when only a collection changed. */
    public void bumpVersion() {
        this.version++;
    }

    public Vraagstuk toVraagstuk() {
        return new Vraagstuk(code, title, type, inputSource, description, rationale, urgency, submittedBySector,
                new TreeSet<>(affectedSectors), new TreeSet<>(bouwstenen), gremiumCode, workingGroup, owner, nextMeeting,
                status, statusReason, new TreeSet<>(screening),
                position, submittedByUser, updatedAt == null ? createdAt : updatedAt,
                updatedBy == null ? "" : updatedBy, version);
    }

    public VraagstukListItem toListItem() {
        return new VraagstukListItem(code, title, type, status, submittedBySector, new TreeSet<>(affectedSectors).stream().toList(),
                new TreeSet<>(bouwstenen).stream().toList(), gremiumCode, nextMeeting,
                updatedAt == null ? createdAt : updatedAt, updatedBy == null ? "" : updatedBy, position, urgency,
                inputSource, version);
    }
}
