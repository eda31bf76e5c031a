package nl.tafelwerk.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.tafelwerk.assessment.FrameworkHistoryEntry;
import org.jspecify.annotations.Nullable;

/** A line of the framework's history; written once, never changed. */
@Entity
@Table(name = "framework_history")
public class FrameworkHistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private Instant at = Instant.EPOCH;

    @Column(name = "actor_id", nullable = false)
    private String actorId = "";

    @Column(name = "actor_name", nullable = false)
    private String actorName = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FrameworkHistoryEntry.Kind kind = FrameworkHistoryEntry.Kind.FIELD;

    private @Nullable String field;

    @Column(name = "old_value")
    private @Nullable String oldValue;

    @Column(name = "new_value")
    private @Nullable String newValue;

    protected FrameworkHistoryEntity() {
    }

    public FrameworkHistoryEntity(Instant at, String actorId, String actorName, FrameworkHistoryEntry.Kind kind,
                                  @Nullable String field, @Nullable String oldValue, @Nullable String newValue) {
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.kind = kind;
        this.field = field;
        this.oldValue = cut(oldValue);
        this.newValue = cut(newValue);
    }

    private static @Nullable String cut(@Nullable String value) {
        return value == null || value.length() <= 4000 ? value : value.substring(0, 3999) + "…";
    }

    public FrameworkHistoryEntry toEntry() {
        return new FrameworkHistoryEntry(at, actorId, actorName, kind, field, oldValue, newValue);
    }
}
