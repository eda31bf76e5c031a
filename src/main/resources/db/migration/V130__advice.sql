-- Issue 14, the advice pipeline (DD040-DD042). One advice per vraagstuk: its section texts (Markdown written by
-- people) and, per section, the fingerprints of the sources last accepted, as JSON documents always read and
-- saved with the advice under one version. A vastgestelde version is a snapshot row that is never updated.
CREATE TABLE advice (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    vraagstuk_code    VARCHAR(20)    NOT NULL,
    status            VARCHAR(30)    NOT NULL,
    version_number    INT            NOT NULL,
    revision_reason   VARCHAR(1000)  NULL,
    texts_json        LONGTEXT       NOT NULL,
    accepted_json     LONGTEXT       NOT NULL,
    decision_date     DATE           NULL,
    decision_text     TEXT           NULL,
    decision_reference VARCHAR(300)  NULL,
    decision_by       VARCHAR(100)   NULL,
    decision_at       TIMESTAMP(6)   NULL,
    created_by        VARCHAR(60)    NOT NULL,
    updated_at        TIMESTAMP(6)   NOT NULL,
    updated_by        VARCHAR(100)   NOT NULL,
    version           BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_advice_vraagstuk UNIQUE (vraagstuk_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A vastgestelde version as it was: texts, references, positions and the generated minority part (JSON).
CREATE TABLE advice_version (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    advice_id      BIGINT         NOT NULL,
    number         INT            NOT NULL,
    fixed_at       TIMESTAMP(6)   NOT NULL,
    fixed_by       VARCHAR(100)   NOT NULL,
    reason         VARCHAR(1000)  NULL,
    snapshot_json  LONGTEXT       NOT NULL,
    CONSTRAINT fk_advice_version FOREIGN KEY (advice_id) REFERENCES advice (id) ON DELETE CASCADE,
    CONSTRAINT uq_advice_version UNIQUE (advice_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One position per participating sector for the version being drafted; every change is also in the history.
CREATE TABLE advice_position (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    advice_id     BIGINT         NOT NULL,
    sector_code   VARCHAR(20)    NOT NULL,
    stance        VARCHAR(30)    NOT NULL,
    reason        VARCHAR(4000)  NOT NULL,
    set_by        VARCHAR(60)    NOT NULL,
    set_by_name   VARCHAR(100)   NOT NULL,
    set_at        TIMESTAMP(6)   NOT NULL,
    version       BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_advice_position FOREIGN KEY (advice_id) REFERENCES advice (id) ON DELETE CASCADE,
    CONSTRAINT uq_advice_position UNIQUE (advice_id, sector_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A member's proposed replacement text for a section; the chair accepts or rejects it (with a reason).
CREATE TABLE advice_suggestion (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    advice_id       BIGINT         NOT NULL,
    section         VARCHAR(30)    NOT NULL,
    base_text       LONGTEXT       NOT NULL,
    text            LONGTEXT       NOT NULL,
    note            VARCHAR(1000)  NULL,
    proposed_by     VARCHAR(60)    NOT NULL,
    proposed_by_name VARCHAR(100)  NOT NULL,
    proposed_at     TIMESTAMP(6)   NOT NULL,
    state           VARCHAR(20)    NOT NULL,
    decided_by      VARCHAR(100)   NULL,
    decided_at      TIMESTAMP(6)   NULL,
    reject_reason   VARCHAR(1000)  NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_advice_suggestion FOREIGN KEY (advice_id) REFERENCES advice (id) ON DELETE CASCADE,
    INDEX ix_advice_suggestion (advice_id, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who did what to an advice: section texts from/to, lifecycle steps, positions, accepted source changes, suggestions.
CREATE TABLE advice_history (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    advice_id    BIGINT         NOT NULL,
    at           TIMESTAMP(6)   NOT NULL,
    actor_id     VARCHAR(60)    NOT NULL,
    actor_name   VARCHAR(100)   NOT NULL,
    field        VARCHAR(60)    NOT NULL,
    old_value    VARCHAR(4000)  NULL,
    new_value    VARCHAR(4000)  NULL,
    CONSTRAINT fk_advice_history FOREIGN KEY (advice_id) REFERENCES advice (id) ON DELETE CASCADE,
    INDEX ix_advice_history (advice_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Distribution: which recipient received which vastgestelde version when, and (for people) when they opened it.
-- recipient is a user name, or the gremium's code for the external recipient (then email may be set).
CREATE TABLE advice_delivery (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    advice_id       BIGINT         NOT NULL,
    version_number  INT            NOT NULL,
    kind            VARCHAR(20)    NOT NULL,
    recipient       VARCHAR(60)    NOT NULL,
    recipient_name  VARCHAR(200)   NOT NULL,
    sector_code     VARCHAR(20)    NULL,
    email           VARCHAR(254)   NULL,
    sent_at         TIMESTAMP(6)   NOT NULL,
    sent_by         VARCHAR(100)   NOT NULL,
    read_at         TIMESTAMP(6)   NULL,
    CONSTRAINT fk_advice_delivery FOREIGN KEY (advice_id) REFERENCES advice (id) ON DELETE CASCADE,
    INDEX ix_advice_delivery_recipient (recipient, advice_id),
    INDEX ix_advice_delivery_advice (advice_id, version_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
