package nl.tafelwerk.collaboration;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.tafelwerk.collaboration.internal.CommentEntity;
import nl.tafelwerk.collaboration.internal.CommentRepository;
import nl.tafelwerk.collaboration.internal.ReadMarkerEntity;
import nl.tafelwerk.collaboration.internal.ReadMarkerRepository;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.UserDirectory;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.StaleDataException;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comment threads, stored in the database so they survive a restart. A thread (one {@link TopicId},
 * e.g. a vraagstuk) holds discussions: a root comment with replies, which can be resolved and
 * reopened. Anyone who may edit may comment; observers read only. Live delivery to other viewers is
 * the UI's job ({@code ui.CommentThreadPanel}); the database stays the source of truth.
 */
@Service
public class CommentService {

    /** {@code @username} preceded by start of text or a non-word character (so e-mail addresses do not count). */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([A-Za-z0-9._-]+)");

    private final CommentRepository comments;
    private final ReadMarkerRepository readMarkers;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final Clock clock = Clock.systemUTC();

    CommentService(CommentRepository comments, ReadMarkerRepository readMarkers, CurrentUser currentUser,
            UserDirectory directory) {
        this.comments = comments;
        this.readMarkers = readMarkers;
        this.currentUser = currentUser;
        this.directory = directory;
    }

    /** Every comment of the thread, roots and replies, oldest first. */
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

    /** The thread as discussions (root with its replies), in the order they were started. */
    @Transactional(readOnly = true)
    public List<Discussion> discussions(TopicId thread) {
        Map<Long, CommentEntity> roots = new LinkedHashMap<>();
        Map<Long, List<Comment>> replies = new LinkedHashMap<>();
        for (CommentEntity entity : comments.findByThreadKeyOrderByCreatedAtAscIdAsc(thread.value())) {
            Long parent = entity.parentId();
            if (parent == null) {
                roots.put(entity.id(), entity);
            } else {
                replies.computeIfAbsent(parent, k -> new ArrayList<>()).add(entity.toComment());
            }
        }
        return roots.values().stream().map(root -> toDiscussion(root, replies.getOrDefault(root.id(), List.of()))).toList();
    }

    /** Starts a discussion as the logged-in user. */
    @Transactional
    public Comment post(TopicId thread, String text) {
        return store(thread.value(), null, currentUser.require(), text, clock.instant());
    }

    /**
     * Replies as the logged-in user. A reply to a reply joins the same discussion (replies are one
     * level deep). A resolved discussion must be reopened before anyone replies.
     */
    @Transactional
    public Comment reply(long parentId, String text) {
        AuthenticatedUser author = currentUser.require();
        requireMayComment(author);
        CommentEntity root = rootOf(parentId);
        if (root.isResolved()) {
            throw new DomainException("comment", "comment.resolved");
        }
        return store(root.threadKey(), root.id(), author, text, clock.instant());
    }

    /** Marks a discussion resolved; only its author, the chair and the programme office may. */
    @Transactional
    public Discussion resolve(long rootId, long expectedVersion) {
        return changeResolution(rootId, expectedVersion, true);
    }

    /** Opens a resolved discussion again; only its author, the chair and the programme office may. */
    @Transactional
    public Discussion reopen(long rootId, long expectedVersion) {
        return changeResolution(rootId, expectedVersion, false);
    }

    /** Whether the logged-in user may resolve or reopen the discussion started by {@code root}. */
    public boolean mayResolve(Comment root) {
        return currentUser.get().map(user -> mayResolve(user, root.authorId())).orElse(false);
    }

    /**
     * Whether the logged-in user may resolve and reopen discussions started by others (the chair and
     * the programme office). Their own discussions every commenter may resolve.
     */
    public boolean mayResolveOthers() {
        return currentUser.get().map(user -> user.canEdit() && user.hasAnyRole(Role.CHAIR, Role.SECRETARIAT)).orElse(false);
    }

    /** Comments in the thread by others that {@code username} has not read yet. */
    @Transactional(readOnly = true)
    public long unreadCount(TopicId thread, String username) {
        return comments.countByThreadKeyAndIdGreaterThanAndAuthorIdNot(thread.value(), lastReadId(thread, username), username);
    }

    /** Unread comments of the logged-in user. */
    @Transactional(readOnly = true)
    public long unreadCount(TopicId thread) {
        return unreadCount(thread, currentUser.require().username());
    }

    /** The highest comment id {@code username} has read in the thread (0 if none); newer ones are unread. */
    @Transactional(readOnly = true)
    public long lastReadId(TopicId thread, String username) {
        return readMarkers.findById(new ReadMarkerEntity.Key(username, thread.value()))
                .map(ReadMarkerEntity::lastReadId).orElse(0L);
    }

    /** Marks everything in the thread read for the logged-in user (observers too). */
    @Transactional
    public void markRead(TopicId thread) {
        Long max = comments.maxId(thread.value());
        markRead(thread, max == null ? 0 : max);
    }

    /** Marks the thread read up to and including {@code upToId} (what the user has actually seen). */
    @Transactional
    public void markRead(TopicId thread, long upToId) {
        AuthenticatedUser user = currentUser.require();
        ReadMarkerEntity.Key key = new ReadMarkerEntity.Key(user.username(), thread.value());
        ReadMarkerEntity marker = readMarkers.findById(key).orElseGet(() -> new ReadMarkerEntity(key, 0));
        marker.advanceTo(upToId);
        readMarkers.save(marker);
    }

    /** People who can be named with {@code @username}: every active user. */
    @Transactional(readOnly = true)
    public List<Collaborator> mentionable() {
        return directory.active().stream().map(Collaborator::of).toList();
    }

    /** The {@code @username} tokens of a text, lower case, in order, without trailing punctuation. */
    static List<String> mentionTokens(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String name = m.group(1).replaceAll("[._-]+$", "");
            if (!name.isEmpty()) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(names);
    }

    private Discussion changeResolution(long rootId, long expectedVersion, boolean resolve) {
        AuthenticatedUser user = currentUser.require();
        requireMayComment(user);
        CommentEntity root = comments.findById(rootId).orElseThrow(() -> new DomainException("comment.notFound"));
        if (root.parentId() != null) {
            throw new DomainException("comment.notFound");
        }
        if (!mayResolve(user, root.authorId())) {
            throw new AccessDeniedException("only the author, the chair and the programme office may resolve");
        }
        if (root.version() != expectedVersion) {
            throw new StaleDataException("comment.stale");
        }
        if (resolve) {
            root.resolve(user.username(), user.displayName(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        } else {
            root.reopen();
        }
        CommentEntity saved;
        try {
            saved = comments.saveAndFlush(root);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleDataException("comment.stale");
        }
        List<Comment> replies = comments.findByThreadKeyOrderByCreatedAtAscIdAsc(saved.threadKey()).stream()
                .filter(c -> Long.valueOf(saved.id()).equals(c.parentId())).map(CommentEntity::toComment).toList();
        return toDiscussion(saved, replies);
    }

    private static boolean mayResolve(AuthenticatedUser user, String authorId) {
        return user.canEdit() && (user.username().equalsIgnoreCase(authorId) || user.hasAnyRole(Role.CHAIR, Role.SECRETARIAT));
    }

    private CommentEntity rootOf(long commentId) {
        CommentEntity comment = comments.findById(commentId).orElseThrow(() -> new DomainException("comment.notFound"));
        Long parent = comment.parentId();
        return parent == null ? comment
                : comments.findById(parent).orElseThrow(() -> new DomainException("comment.notFound"));
    }

    private static void requireMayComment(AuthenticatedUser user) {
        if (!user.canEdit()) {
            throw new AccessDeniedException("observers cannot comment");
        }
    }

    private Comment store(String threadKey, @Nullable Long parentId, AuthenticatedUser author, String text, Instant at) {
        requireMayComment(author);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new DomainException("comment", "comment.empty");
        }
        if (body.length() > Comment.MAX_LENGTH) {
            throw new DomainException("comment", "comment.tooLong", Comment.MAX_LENGTH);
        }
        Set<String> mentions = new LinkedHashSet<>();
        for (String name : mentionTokens(body)) {
            directory.findActive(name).ifPresent(user -> mentions.add(user.username()));
        }
        CommentEntity saved = comments.save(new CommentEntity(threadKey, parentId, author.username(), author.displayName(),
                body, at.truncatedTo(ChronoUnit.MICROS), mentions));
        return saved.toComment();
    }

    private static Discussion toDiscussion(CommentEntity root, List<Comment> replies) {
        String by = root.resolvedBy();
        String byName = root.resolvedByName();
        Instant at = root.resolvedAt();
        Discussion.Resolution resolution = root.isResolved() && by != null && at != null
                ? new Discussion.Resolution(by, byName == null ? by : byName, at) : null;
        return new Discussion(root.toComment(), replies, resolution, root.version());
    }
}
