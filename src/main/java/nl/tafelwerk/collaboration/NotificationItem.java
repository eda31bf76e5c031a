package nl.tafelwerk.collaboration;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One notification in the recipient's list; {@code readAt} is null while unread. */
public record NotificationItem(long id, String kind, String title, String body, String link, Instant createdAt,
                               @Nullable Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
