-- Comment threads of the collaboration module; the database, not the engine, is the source of truth.
CREATE TABLE comment_message (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    thread_key  VARCHAR(200)  NOT NULL,
    author_id   VARCHAR(60)   NOT NULL,
    author_name VARCHAR(100)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    INDEX ix_comment_thread (thread_key, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
