package nl.tafelwerk.collaboration;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.tafelwerk.collaboration.internal.CommentEntity;
import nl.tafelwerk.collaboration.internal.CommentRepository;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.UserDirectory;
import nl.tafelwerk.shared.DomainException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comment threads, stored in the database so they survive a restart. Anyone who may edit may
 * comment; observers read only. The live delivery to other viewers is the engine's job.
 */
@Service
public class CommentService {

    private final CommentRepository comments;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final Clock clock = Clock.systemUTC();

    CommentService(CommentRepository comments, CurrentUser currentUser, UserDirectory directory) {
        this.comments = comments;
        this.currentUser = currentUser;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public List<Comment> thread(TopicId thread) {
        return comments.findByThreadKeyOrderByCreatedAtAscIdAsc(thread.value()).stream().map(CommentEntity::toComment).toList();
    }

    @Transactional(readOnly = true)
    public List<Comment> threadSince(TopicId thread, Instant since) {
        return comments.findByThreadKeyAndCreatedAtGreaterThanEqualOrderByCreatedAtAscIdAsc(thread.value(), since).stream()
                .map(CommentEntity::toComment).toList();
    }

    @Transactional(readOnly = true)
    public long count(TopicId thread) {
        return comments.countByThreadKey(thread.value());
    }

    /** Posts as the logged-in user. */
    @Transactional
    public Comment post(TopicId thread, String text) {
        return store(thread, currentUser.require(), text, clock.instant());
    }

    /**
     * Posts on behalf of a named author, as the engine does when a message arrives from a UI. The
     * author's role is checked against the database, not taken from the caller.
     */
    @Transactional
    public Comment postAs(TopicId thread, String authorUsername, String text, Instant at) {
        AuthenticatedUser author = directory.findActive(authorUsername)
                .orElseThrow(() -> new AccessDeniedException("unknown author"));
        return store(thread, author, text, at);
    }

    private Comment store(TopicId thread, AuthenticatedUser author, String text, Instant at) {
        if (!author.canEdit()) {
            throw new AccessDeniedException("observers cannot comment");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new DomainException("comment", "comment.empty");
        }
        if (body.length() > Comment.MAX_LENGTH) {
            throw new DomainException("comment", "comment.tooLong", Comment.MAX_LENGTH);
        }
        CommentEntity saved = comments.save(new CommentEntity(thread.value(), author.username(), author.displayName(), body,
                at.truncatedTo(ChronoUnit.MICROS)));
        return saved.toComment();
    }
}
