package nl.tafelwerk.buildingblocks.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.tafelwerk.buildingblocks.HistoryEntry;
import org.jspecify.annotations.Nullable;

/** One changed field of a bouwsteen. */
@Entity
@Table(name = "bouwsteen_history")
public class HistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "bouwsteen_id", nullable = false)
    private long bouwsteenId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    @Column(name = "changed_by", nullable = false)
    private String changedBy = "";

    @Column(nullable = false)
    private String field = "";

    @Column(name = "old_value")
    private @Nullable String oldValue;

    @Column(name = "new_value")
    private @Nullable String newValue;

    protected HistoryEntity() {
    }

    public HistoryEntity(long bouwsteenId, Instant changedAt, String changedBy, String field, @Nullable String oldValue,
                         @Nullable String newValue) {
        this.bouwsteenId = bouwsteenId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.field = field;
        this.oldValue = cut(oldValue);
        this.newValue = cut(newValue);
    }

    private static @Nullable String cut(@Nullable String value) {
        return value == null || value.length() <= 2000 ? value : value.substring(0, 1999) + "…";
    }

    public HistoryEntry toEntry() {
        return new HistoryEntry(changedAt, changedBy, field, oldValue, newValue);
    }
}
