package nl.tafelwerk.identity;

import org.jspecify.annotations.Nullable;

/** What an administrator fills in to add a person; the e-mail address is optional (for notifications by mail). */
public record NewUser(String username, String displayName, Role role, @Nullable String sectorCode, String password,
                      @Nullable String email) {

    public NewUser(String username, String displayName, Role role, @Nullable String sectorCode, String password) {
        this(username, displayName, role, sectorCode, password, null);
    }
}
