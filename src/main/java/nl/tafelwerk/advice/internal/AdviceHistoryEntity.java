package nl.tafelwerk.advice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.tafelwerk.advice.AdviceHistoryEntry;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "advice_history")
public class AdviceHistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "advice_id")
    private long adviceId;
    private Instant at = Instant.EPOCH;
    @Column(name = "actor_id")
    private String actorId = "";
    @Column(name = "actor_name")
    private String actorName = "";
    private String field = "";
    @Column(name = "old_value")
    private @Nullable String oldValue;
    @Column(name = "new_value")
    private @Nullable String newValue;

    protected AdviceHistoryEntity() {
    }

    public AdviceHistoryEntity(long adviceId, Instant at, String actorId, String actorName, String field,
                               @Nullable String oldValue, @Nullable String newValue) {
        this.adviceId = adviceId;
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.field = field;
        this.oldValue = cut(oldValue);
        this.newValue = cut(newValue);
    }

    private static @Nullable String cut(@Nullable String value) {
        return value == null || value.length() <= 4000 ? value : value.substring(0, 3999) + "…";
    }

    public AdviceHistoryEntry toEntry() {
        return new AdviceHistoryEntry(at, actorName, field, oldValue, newValue);
    }
}
