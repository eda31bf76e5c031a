package nl.tafelwerk.collaboration.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One e-mail to one address, waiting, sent, or given up after too many attempts (DD038). */
@Entity
@Table(name = "mail_outbox")
public class MailOutboxEntity {

    enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "notification_id")
    private @Nullable Long notificationId;

    @Column(name = "recipient_email", nullable = false)
    private String recipientEmail;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @ElementCollection
    @CollectionTable(name = "mail_outbox_attachment", joinColumns = @JoinColumn(name = "outbox_id"))
    @OrderColumn(name = "position")
    private List<Attachment> attachments = new ArrayList<>();

    protected MailOutboxEntity() {
        this.recipientEmail = "";
        this.subject = "";
        this.body = "";
        this.nextAttemptAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    MailOutboxEntity(@Nullable Long notificationId, String recipientEmail, String subject, String body,
                     List<Attachment> attachments, Instant now) {
        this.notificationId = notificationId;
        this.recipientEmail = recipientEmail;
        this.subject = subject.length() <= 300 ? subject : subject.substring(0, 299) + "…";
        this.body = body;
        this.attachments = new ArrayList<>(attachments);
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Mail is not saved yet");
        }
        return id;
    }

    String recipientEmail() {
        return recipientEmail;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    List<Attachment> attachments() {
        return attachments;
    }

    Status status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    @Nullable String lastError() {
        return lastError;
    }

    void sent(Instant at) {
        attempts++;
        status = Status.SENT;
        sentAt = at;
        lastError = null;
    }

    /** A failed attempt: try again after {@code delay × attempts}, or give up after {@code maxAttempts}. */
    void failed(Instant at, String error, Duration delay, int maxAttempts) {
        attempts++;
        lastError = error.length() <= 500 ? error : error.substring(0, 499) + "…";
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = at.plus(delay.multipliedBy(attempts));
        }
    }

    @Embeddable
    public static class Attachment {

        @Column(name = "file_name", nullable = false)
        private String fileName;

        @Column(name = "media_type", nullable = false)
        private String mediaType;

        @Lob
        @Column(nullable = false, columnDefinition = "LONGBLOB")
        private byte[] content;

        protected Attachment() {
            this.fileName = "";
            this.mediaType = "";
            this.content = new byte[0];
        }

        Attachment(String fileName, String mediaType, byte[] content) {
            this.fileName = fileName;
            this.mediaType = mediaType;
            this.content = content.clone();
        }

        String fileName() {
            return fileName;
        }

        String mediaType() {
            return mediaType;
        }

        byte[] content() {
            return content;
        }
    }
}
