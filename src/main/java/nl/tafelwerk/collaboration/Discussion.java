package nl.tafelwerk.collaboration;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One conversation in a comment thread: a root comment with its replies (oldest first), whether it
 * is resolved, and the version to pass to {@link CommentService#resolve} or {@link CommentService#reopen}.
 */
public record Discussion(Comment root, List<Comment> replies, @Nullable Resolution resolution, long version) {

    /** Who resolved the discussion and when. */
    public record Resolution(String byId, String byName, Instant at) {
    }

    public Discussion {
        replies = List.copyOf(replies);
    }

    public boolean isResolved() {
        return resolution != null;
    }

    public long rootId() {
        return root.id();
    }

    /** The newest comment id in the discussion, root or reply. */
    public long lastId() {
        return replies.isEmpty() ? root.id() : Math.max(root.id(), replies.getLast().id());
    }
}
