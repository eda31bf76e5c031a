package nl.tafelwerk.identity;

import org.jspecify.annotations.Nullable;

/** What an administrator fills in to add a person. */
public record NewUser(String username, String displayName, Role role, @Nullable String sectorCode, String password) {
}
