package nl.tafelwerk.collaboration.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.tafelwerk.collaboration.Comment;
import org.jspecify.annotations.Nullable;

/**
 * A posted comment. Its text is never edited; a root comment (no parent) carries the resolved state
 * of its thread, guarded by {@link #version} so concurrent resolve/reopen is detected.
 */
@Entity
@Table(name = "comment_message")
public class CommentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "thread_key", nullable = false)
    private String threadKey;

    @Column(name = "parent_id")
    private @Nullable Long parentId;

    @Column(name = "author_id", nullable = false)
    private String authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean resolved;

    @Column(name = "resolved_by")
    private @Nullable String resolvedBy;

    @Column(name = "resolved_by_name")
    private @Nullable String resolvedByName;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "comment_mention", joinColumns = @JoinColumn(name = "comment_id"))
    @Column(name = "username", nullable = false)
    private Set<String> mentions = new TreeSet<>();

    @Version
    private long version;

    protected CommentEntity() {
        this.threadKey = "";
        this.authorId = "";
        this.authorName = "";
        this.body = "";
        this.createdAt = Instant.EPOCH;
    }

    public CommentEntity(String threadKey, @Nullable Long parentId, String authorId, String authorName, String body,
            Instant createdAt, Set<String> mentions) {
        this.threadKey = threadKey;
        this.parentId = parentId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = createdAt;
        this.mentions = new TreeSet<>(mentions);
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public String threadKey() {
        return threadKey;
    }

    public @Nullable Long parentId() {
        return parentId;
    }

    public String authorId() {
        return authorId;
    }

    public boolean isResolved() {
        return resolved;
    }

    public long version() {
        return version;
    }

    public void resolve(String byId, String byName, Instant at) {
        this.resolved = true;
        this.resolvedBy = byId;
        this.resolvedByName = byName;
        this.resolvedAt = at;
    }

    public void reopen() {
        this.resolved = false;
        this.resolvedBy = null;
        this.resolvedByName = null;
        this.resolvedAt = null;
    }

    public Comment toComment() {
        return new Comment(id(), threadKey, authorId, authorName, body, createdAt, parentId, List.copyOf(mentions));
    }

    public @Nullable String resolvedBy() {
        return resolvedBy;
    }

    public @Nullable String resolvedByName() {
        return resolvedByName;
    }

    public @Nullable Instant resolvedAt() {
        return resolvedAt;
    }
}
