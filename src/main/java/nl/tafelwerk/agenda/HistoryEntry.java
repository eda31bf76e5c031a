package nl.tafelwerk.agenda;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a vraagstuk's history: a field change, a status change (with reason) the submission or the import. */
public record HistoryEntry(Instant at, String actorId, String actorName, Kind kind, @Nullable String field,
                           @Nullable String oldValue, @Nullable String newValue, @Nullable String reason) {

    public enum Kind {
        CREATED, IMPORTED, FIELD, STATUS, SCREENING, POSITION
    }
}
