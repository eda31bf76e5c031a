package nl.tafelwerk.meetings;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An action agreed at a meeting; overdue while not done after its due date. */
public record MeetingAction(long id, long meetingId, long itemId, String description, String ownerUsername,
                            String ownerName, @Nullable String ownerSector, LocalDate dueDate, ActionStatus status,
                            long version) {

    public boolean overdue(LocalDate today) {
        return status != ActionStatus.AFGEROND && dueDate.isBefore(today);
    }
}
