package nl.tafelwerk.meetings;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the chair or the programme office saves, made against {@code baseVersion}. */
public record TableProfileChange(String name, String purpose, String meetingCadence, @Nullable LocalDate nextMeetingDate,
                                 @Nullable String memberNotice, List<TableSeat> seats, long baseVersion) {
}
