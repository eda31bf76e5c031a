package nl.tafelwerk.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of the user administration grid. */
public record UserListItem(long id, String username, String displayName, Role role, @Nullable String sectorCode,
                           boolean active, Instant createdAt, long version) {
}
