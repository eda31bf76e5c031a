package nl.tafelwerk.scenarios;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change of a scenario: a co-edited field (from, to) or a line added, changed or removed. */
public record ScenarioHistoryEntry(Instant at, String by, String field, @Nullable String oldValue, @Nullable String newValue) {
}
