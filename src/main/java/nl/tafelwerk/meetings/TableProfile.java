package nl.tafelwerk.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.tafelwerk.shared.SavedItem;
import org.jspecify.annotations.Nullable;

/**
 * The table's profile as saved. {@code version} is what a save must name: a save against an older
 * version is refused, never silently merged.
 */
public record TableProfile(String name, String purpose, String meetingCadence, @Nullable LocalDate nextMeetingDate,
                           @Nullable String memberNotice, List<TableSeat> seats, long version, Instant updatedAt,
                           String updatedBy) implements SavedItem {

    public static final int NAME_MAX = 120;
    public static final int PURPOSE_MAX = 2000;
    public static final int CADENCE_MAX = 200;
    public static final int NOTICE_MAX = 1000;
    public static final int REPRESENTATION_MAX = 300;
    public static final int SEATS_MAX = 20;

    /** Version of a profile that was never saved. */
    public static final long NEW = -1;

    @Override
    public boolean neverSaved() {
        return version == NEW;
    }
}
