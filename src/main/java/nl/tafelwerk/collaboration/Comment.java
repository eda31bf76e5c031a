package nl.tafelwerk.collaboration;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A comment in a thread, as stored. {@code parentId} is the root comment it replies to (null for a
 * root); {@code mentions} are the user names of active people named with {@code @username}.
 */
public record Comment(long id, String threadKey, String authorId, String authorName, String text, Instant createdAt,
        @Nullable Long parentId, List<String> mentions) {

    public static final int MAX_LENGTH = 4000;

    public Comment {
        mentions = List.copyOf(mentions);
    }

    /** A root comment without mentions. */
    public Comment(long id, String threadKey, String authorId, String authorName, String text, Instant createdAt) {
        this(id, threadKey, authorId, authorName, text, createdAt, null, List.of());
    }

    public boolean isReply() {
        return parentId != null;
    }
}
