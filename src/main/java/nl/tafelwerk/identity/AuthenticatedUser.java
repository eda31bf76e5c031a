package nl.tafelwerk.identity;

import org.jspecify.annotations.Nullable;

/** The person behind the current request, as every feature may see them. */
public record AuthenticatedUser(long id, String username, String displayName, Role role, @Nullable String sectorCode) {

    public boolean canEdit() {
        return role != Role.OBSERVER;
    }

    public boolean hasAnyRole(Role... roles) {
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }
}
