-- Comment threads get replies, resolve/reopen, @mentions and read markers.
-- A root comment (parent_id NULL) carries the thread's resolved state; its version guards
-- resolve/reopen so two people acting at once cannot overwrite each other silently.
ALTER TABLE comment_message
    ADD COLUMN parent_id        BIGINT       NULL,
    ADD COLUMN resolved         BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN resolved_by      VARCHAR(60)  NULL,
    ADD COLUMN resolved_by_name VARCHAR(100) NULL,
    ADD COLUMN resolved_at      TIMESTAMP(6) NULL,
    ADD COLUMN version          BIGINT       NOT NULL DEFAULT 0,
    ADD CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES comment_message (id) ON DELETE CASCADE;

CREATE INDEX ix_comment_parent ON comment_message (parent_id);

-- Who is named in a comment with @username (only active users at the time of posting).
CREATE TABLE comment_mention (
    comment_id BIGINT      NOT NULL,
    username   VARCHAR(60) NOT NULL,
    PRIMARY KEY (comment_id, username),
    INDEX ix_comment_mention_user (username),
    CONSTRAINT fk_comment_mention_comment FOREIGN KEY (comment_id) REFERENCES comment_message (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Per person and thread key: the highest comment id they have read.
CREATE TABLE comment_read_marker (
    username     VARCHAR(60)  NOT NULL,
    thread_key   VARCHAR(200) NOT NULL,
    last_read_id BIGINT       NOT NULL,
    PRIMARY KEY (username, thread_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
