package nl.tafelwerk.identity;

import org.jspecify.annotations.Nullable;

/** A change of name, role, sector or e-mail address (blank: none), made against the version the administrator saw. */
public record UserChange(long id, long version, String displayName, Role role, @Nullable String sectorCode,
                         @Nullable String email) {

    public UserChange(long id, long version, String displayName, Role role, @Nullable String sectorCode) {
        this(id, version, displayName, role, sectorCode, null);
    }
}
