package nl.tafelwerk.meetings;

import nl.tafelwerk.identity.Role;
import org.jspecify.annotations.Nullable;

public record Attendance(String username, String displayName, Role role, @Nullable String sectorCode, boolean present) {
}
