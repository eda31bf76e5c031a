package nl.tafelwerk.meetings;

import java.time.Instant;
import nl.tafelwerk.shared.SavedItem;
import org.jspecify.annotations.Nullable;

/** The minutes text of one agenda item as saved; co-edited during the meeting, frozen once adopted. */
public record ItemMinutes(long meetingId, long itemId, String text, boolean frozen, long version,
                          @Nullable Instant updatedAt, @Nullable String updatedBy) implements SavedItem {

    @Override
    public boolean neverSaved() {
        return updatedAt == null;
    }
}
