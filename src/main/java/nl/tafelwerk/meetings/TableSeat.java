package nl.tafelwerk.meetings;

import org.jspecify.annotations.Nullable;

/** How a sector is represented at the table. */
public record TableSeat(String sectorCode, int seats, @Nullable String representation) {
}
