-- The security audit log (DD017): append-only, one row per security-relevant event.
CREATE TABLE audit_entry (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    TIMESTAMP(6) NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    type           VARCHAR(40)  NOT NULL,
    outcome        VARCHAR(20)  NOT NULL,
    subject        VARCHAR(200) NOT NULL,
    detail         VARCHAR(500),
    client_address VARCHAR(64)  NOT NULL,
    INDEX ix_audit_entry_occurred_at (occurred_at),
    INDEX ix_audit_entry_actor (actor),
    INDEX ix_audit_entry_type (type, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
