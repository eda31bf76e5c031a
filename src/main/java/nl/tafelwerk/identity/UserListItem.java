package nl.tafelwerk.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of the user administration grid; {@code viaSso}: the account signs in through single sign-on. */
public record UserListItem(long id, String username, String displayName, Role role, @Nullable String sectorCode,
                           boolean active, Instant createdAt, long version, boolean viaSso, @Nullable String email) {
}
