package nl.tafelwerk.meetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.tafelwerk.shared.SavedItem;
import org.jspecify.annotations.Nullable;

/** A table meeting as read: its agenda in order and, while it runs, the chair's current item. */
public record Meeting(long id, LocalDateTime startsAt, LocalDateTime endsAt, String place, MeetingState state,
                      @Nullable Long currentItemId, @Nullable Instant currentItemSince, List<AgendaItem> items,
                      @Nullable Instant updatedAt, @Nullable String updatedBy, long version,
                      @Nullable Long minutesAdoptedIn) implements SavedItem {

    public Optional<AgendaItem> item(long itemId) {
        return items.stream().filter(i -> i.id() == itemId).findFirst();
    }

    public Optional<AgendaItem> currentItem() {
        return currentItemId == null ? Optional.empty() : item(currentItemId);
    }

    public int plannedMinutes() {
        return items.stream().mapToInt(AgendaItem::plannedMinutes).sum();
    }
}
