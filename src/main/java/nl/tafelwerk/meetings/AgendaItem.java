package nl.tafelwerk.meetings;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One agenda item; {@code usedSeconds} counts the time spent on it before the chair's current visit. */
public record AgendaItem(long id, int position, AgendaItemKind kind, @Nullable String reference, String title,
                         @Nullable String presenter, int plannedMinutes, long usedSeconds) {

    public @Nullable String route() {
        return kind.route(reference);
    }

    /** The seconds used so far, counting the running visit when this is the current item. */
    public long usedSeconds(@Nullable Long currentItemId, @Nullable Instant since, Instant now) {
        long running = currentItemId != null && currentItemId == id && since != null
                ? Math.max(0, now.getEpochSecond() - since.getEpochSecond()) : 0;
        return usedSeconds + running;
    }
}
