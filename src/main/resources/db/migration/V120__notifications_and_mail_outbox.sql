-- Notifications (DD038): one row per recipient, read or not; purged after the retention period.
CREATE TABLE notification (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient  VARCHAR(60)   NOT NULL,
    kind       VARCHAR(60)   NOT NULL,
    title      VARCHAR(300)  NOT NULL,
    body       TEXT          NOT NULL,
    link       VARCHAR(500)  NOT NULL,
    created_at TIMESTAMP(6)  NOT NULL,
    read_at    TIMESTAMP(6)  NULL,
    INDEX ix_notification_recipient (recipient, created_at),
    INDEX ix_notification_created_at (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- E-mails waiting to be sent (DD038): written in the same transaction as the notifications, sent after
-- commit and retried by a job until sent or given up; the caller's action never waits for the mail server.
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notification_id BIGINT        NULL,
    recipient_email VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            TEXT          NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(6)  NOT NULL,
    last_error      VARCHAR(500)  NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    sent_at         TIMESTAMP(6)  NULL,
    INDEX ix_mail_outbox_due (status, next_attempt_at),
    CONSTRAINT fk_mail_outbox_notification FOREIGN KEY (notification_id) REFERENCES notification (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mail_outbox_attachment (
    outbox_id  BIGINT        NOT NULL,
    position   INT           NOT NULL,
    file_name  VARCHAR(255)  NOT NULL,
    media_type VARCHAR(150)  NOT NULL,
    content    LONGBLOB      NOT NULL,
    PRIMARY KEY (outbox_id, position),
    CONSTRAINT fk_mail_attachment_outbox FOREIGN KEY (outbox_id) REFERENCES mail_outbox (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
