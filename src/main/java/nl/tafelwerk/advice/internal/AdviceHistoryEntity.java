package nl.tafelwerk.advice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.tafelwerk.advice.AdviceHistoryEntry;
import nl.tafelwerk.shared.database.HistoryLine;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "advice_history")
public class AdviceHistoryEntity extends HistoryLine {

    @Column(name = "advice_id")
    private long adviceId;

    protected AdviceHistoryEntity() {
    }

    public AdviceHistoryEntity(long adviceId, Instant at, String actorId, String actorName, String field,
            @Nullable String oldValue, @Nullable String newValue) {
        super(at, actorId, actorName, field, oldValue, newValue);
        this.adviceId = adviceId;
    }

    public AdviceHistoryEntry toEntry() {
        return new AdviceHistoryEntry(at(), actorName(), field(), oldValue(), newValue());
    }
}
