package nl.tafelwerk.scenarios.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.tafelwerk.scenarios.ScenarioHistoryEntry;
import nl.tafelwerk.shared.database.HistoryLine;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "scenario_history")
public class ScenarioHistoryEntity extends HistoryLine {

    @Column(name = "scenario_id")
    private long scenarioId;

    protected ScenarioHistoryEntity() {
    }

    public ScenarioHistoryEntity(long scenarioId, Instant at, String actorId, String actorName, String field,
            @Nullable String oldValue, @Nullable String newValue) {
        super(at, actorId, actorName, field, oldValue, newValue);
        this.scenarioId = scenarioId;
    }

    public ScenarioHistoryEntry toEntry() {
        return new ScenarioHistoryEntry(at(), actorName(), field(), oldValue(), newValue());
    }
}
