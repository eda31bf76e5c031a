package nl.tafelwerk.collaboration;

import java.time.Instant;

/** A comment in a thread, as stored. */
public record Comment(long id, String threadKey, String authorId, String authorName, String text, Instant createdAt) {

    public static final int MAX_LENGTH = 4000;
}
