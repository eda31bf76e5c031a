package nl.tafelwerk.agenda.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.tafelwerk.agenda.HistoryEntry;
import org.jspecify.annotations.Nullable;

/** A line of history; written once, never changed. */
@Entity
@Table(name = "vraagstuk_history")
public class VraagstukHistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "vraagstuk_id", nullable = false)
    private long vraagstukId;

    @Column(nullable = false)
    private Instant at = Instant.EPOCH;

    @Column(name = "actor_id", nullable = false)
    private String actorId = "";

    @Column(name = "actor_name", nullable = false)
    private String actorName = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HistoryEntry.Kind kind = HistoryEntry.Kind.FIELD;

    private @Nullable String field;

    @Column(name = "old_value")
    private @Nullable String oldValue;

    @Column(name = "new_value")
    private @Nullable String newValue;

    private @Nullable String reason;

    protected VraagstukHistoryEntity() {
    }

    public VraagstukHistoryEntity(long vraagstukId, Instant at, String actorId, String actorName, HistoryEntry.Kind kind,
                                  @Nullable String field, @Nullable String oldValue, @Nullable String newValue,
                                  @Nullable String reason) {
        this.vraagstukId = vraagstukId;
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.kind = kind;
        this.field = field;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
        this.reason = reason;
    }

    private static @Nullable String clip(@Nullable String value) {
        return value == null || value.length() <= 4000 ? value : value.substring(0, 3999) + "…";
    }

    public HistoryEntry toEntry() {
        return new HistoryEntry(at, actorId, actorName, kind, field, oldValue, newValue, reason);
    }
}
