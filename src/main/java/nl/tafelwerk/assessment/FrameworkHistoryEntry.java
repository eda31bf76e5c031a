package nl.tafelwerk.assessment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the framework's history: a field of the draft changed (the field names the row, e.g.
 * {@code criteria.S-WAARDE.weight}), a row added, removed or moved, or a version published.
 */
public record FrameworkHistoryEntry(Instant at, String actorId, String actorName, Kind kind, @Nullable String field,
                                    @Nullable String oldValue, @Nullable String newValue) {

    public enum Kind {
        FIELD, ADDED, REMOVED, MOVED, PUBLISHED
    }
}
