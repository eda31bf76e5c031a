package nl.tafelwerk.identity;

import org.jspecify.annotations.Nullable;

/** A change of name, role or sector, made against the version the administrator saw. */
public record UserChange(long id, long version, String displayName, Role role, @Nullable String sectorCode) {
}
