package nl.tafelwerk.buildingblocks;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One changed field: who, when, old → new. {@code field} is a message key suffix (bouwsteen.field.*). */
public record HistoryEntry(Instant at, String who, String field, @Nullable String oldValue, @Nullable String newValue) {
}
