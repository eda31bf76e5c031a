package nl.tafelwerk.collaboration.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.tafelwerk.collaboration.Comment;
import org.jspecify.annotations.Nullable;

/** A posted comment is never edited, so it carries no version. */
@Entity
@Table(name = "comment_message")
public class CommentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "thread_key", nullable = false)
    private String threadKey;

    @Column(name = "author_id", nullable = false)
    private String authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CommentEntity() {
        this.threadKey = "";
        this.authorId = "";
        this.authorName = "";
        this.body = "";
        this.createdAt = Instant.EPOCH;
    }

    public CommentEntity(String threadKey, String authorId, String authorName, String body, Instant createdAt) {
        this.threadKey = threadKey;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Comment toComment() {
        return new Comment(id == null ? 0 : id, threadKey, authorId, authorName, body, createdAt);
    }
}
