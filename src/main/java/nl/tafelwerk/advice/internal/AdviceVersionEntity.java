package nl.tafelwerk.advice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A vastgestelde version: written once, never updated (no setters). */
@Entity
@Table(name = "advice_version")
public class AdviceVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "advice_id")
    private long adviceId;
    private int number;
    @Column(name = "fixed_at")
    private Instant fixedAt = Instant.EPOCH;
    @Column(name = "fixed_by")
    private String fixedBy = "";
    private @Nullable String reason;
    @Column(name = "snapshot_json", columnDefinition = "LONGTEXT", updatable = false)
    private String snapshotJson = "{}";

    protected AdviceVersionEntity() {
    }

    public AdviceVersionEntity(long adviceId, int number, Instant fixedAt, String fixedBy, @Nullable String reason,
                               String snapshotJson) {
        this.adviceId = adviceId;
        this.number = number;
        this.fixedAt = fixedAt;
        this.fixedBy = fixedBy;
        this.reason = reason;
        this.snapshotJson = snapshotJson;
    }

    public long getAdviceId() {
        return adviceId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getFixedAt() {
        return fixedAt;
    }

    public String getFixedBy() {
        return fixedBy;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public String getSnapshotJson() {
        return snapshotJson;
    }
}
