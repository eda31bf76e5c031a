package nl.tafelwerk.collaboration.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.tafelwerk.collaboration.NotificationItem;
import org.jspecify.annotations.Nullable;

/** One notification for one recipient; only its read mark changes, so no version. */
@Entity
@Table(name = "notification")
public class NotificationEntity {

    static final int TITLE_MAX = 300;
    static final int LINK_MAX = 500;
    static final int BODY_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected NotificationEntity() {
        this.recipient = "";
        this.kind = "";
        this.title = "";
        this.body = "";
        this.link = "";
        this.createdAt = Instant.EPOCH;
    }

    NotificationEntity(String recipient, String kind, String title, String body, String link, Instant createdAt) {
        this.recipient = recipient;
        this.kind = cut(kind, 60);
        this.title = cut(title, TITLE_MAX);
        this.body = cut(body, BODY_MAX);
        this.link = cut(link, LINK_MAX);
        this.createdAt = createdAt;
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Notification is not saved yet");
        }
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }

    public void markRead(Instant at) {
        this.readAt = at;
    }

    public NotificationItem toItem() {
        return new NotificationItem(id(), kind, title, body, link, createdAt, readAt);
    }
}
