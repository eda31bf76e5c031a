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
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import nl.tafelwerk.advice.Advice;
import nl.tafelwerk.advice.AdviceSection;
import nl.tafelwerk.advice.AdviceStatus;
import nl.tafelwerk.advice.GremiumDecision;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/** An advice as stored: texts and accepted source fingerprints as JSON, one version for all of it (DD040). */
@Entity
@Table(name = "advice")
public class AdviceEntity {

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {};
    private static final TypeReference<Map<String, Map<String, String>>> ACCEPTED = new TypeReference<>() {};

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "vraagstuk_code", nullable = false, unique = true)
    private String vraagstukCode = "";
    @Enumerated(EnumType.STRING)
    private AdviceStatus status = AdviceStatus.CONCEPT;
    @Column(name = "version_number")
    private int versionNumber = 1;
    @Column(name = "revision_reason")
    private @Nullable String revisionReason;
    @Column(name = "texts_json", columnDefinition = "LONGTEXT")
    private String textsJson = "{}";
    @Column(name = "accepted_json", columnDefinition = "LONGTEXT")
    private String acceptedJson = "{}";
    @Column(name = "decision_date")
    private @Nullable LocalDate decisionDate;
    @Column(name = "decision_text", columnDefinition = "TEXT")
    private @Nullable String decisionText;
    @Column(name = "decision_reference")
    private @Nullable String decisionReference;
    @Column(name = "decision_by")
    private @Nullable String decisionBy;
    @Column(name = "decision_at")
    private @Nullable Instant decisionAt;
    @Column(name = "created_by")
    private String createdBy = "";
    @Column(name = "updated_at")
    private Instant updatedAt = Instant.EPOCH;
    @Column(name = "updated_by")
    private String updatedBy = "";
    @Version
    private long version;

    protected AdviceEntity() {
    }

    public AdviceEntity(String vraagstukCode, String createdBy) {
        this.vraagstukCode = vraagstukCode;
        this.createdBy = createdBy;
    }

    public Advice toAdvice(String vraagstukTitle) {
        GremiumDecision decision = decisionDate == null ? null : new GremiumDecision(decisionDate,
                Objects.requireNonNullElse(decisionText, ""), Objects.requireNonNullElse(decisionReference, ""),
                Objects.requireNonNullElse(decisionBy, ""), Objects.requireNonNullElse(decisionAt, Instant.EPOCH));
        return new Advice(getId(), vraagstukCode, vraagstukTitle, status, versionNumber, revisionReason, texts(), decision,
                updatedAt, updatedBy, version);
    }

    public long getId() {
        return Objects.requireNonNull(id, "advice not saved yet");
    }

    public String getVraagstukCode() {
        return vraagstukCode;
    }

    public AdviceStatus getStatus() {
        return status;
    }

    public void setStatus(AdviceStatus status) {
        this.status = status;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public @Nullable String getRevisionReason() {
        return revisionReason;
    }

    public void startVersion(int number, @Nullable String reason) {
        this.versionNumber = number;
        this.revisionReason = reason;
        this.status = AdviceStatus.CONCEPT;
    }

    public long getVersion() {
        return version;
    }

    public Map<AdviceSection, String> texts() {
        Map<String, String> stored = AdviceJson.read(textsJson, TEXTS);
        Map<AdviceSection, String> texts = new EnumMap<>(AdviceSection.class);
        for (AdviceSection s : AdviceSection.values()) {
            texts.put(s, stored.getOrDefault(s.field(), ""));
        }
        return texts;
    }

    public void setTexts(Map<AdviceSection, String> texts) {
        Map<String, String> stored = new LinkedHashMap<>();
        texts.forEach((s, t) -> stored.put(s.field(), t));
        this.textsJson = AdviceJson.write(stored);
    }

    /** Per section, the fingerprint of each source (by key) as last accepted. */
    public Map<AdviceSection, Map<String, String>> accepted() {
        Map<String, Map<String, String>> stored = AdviceJson.read(acceptedJson, ACCEPTED);
        Map<AdviceSection, Map<String, String>> accepted = new EnumMap<>(AdviceSection.class);
        for (AdviceSection s : AdviceSection.values()) {
            accepted.put(s, Map.copyOf(stored.getOrDefault(s.field(), Map.of())));
        }
        return accepted;
    }

    public void setAccepted(Map<AdviceSection, Map<String, String>> accepted) {
        Map<String, Map<String, String>> stored = new LinkedHashMap<>();
        accepted.forEach((s, m) -> stored.put(s.field(), new LinkedHashMap<>(m)));
        this.acceptedJson = AdviceJson.write(stored);
    }

    public void recordDecision(LocalDate date, String text, String reference, String by, Instant at) {
        this.decisionDate = date;
        this.decisionText = text;
        this.decisionReference = reference;
        this.decisionBy = by;
        this.decisionAt = at;
    }

    public void clearDecision() {
        this.decisionDate = null;
        this.decisionText = null;
        this.decisionReference = null;
        this.decisionBy = null;
        this.decisionAt = null;
    }

    public void touch(Instant at, String by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
