-- Issue 13: table meetings with their agenda, attendance, decisions, actions and minutes (DOMAIN.md §7).
CREATE TABLE meeting (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    starts_at          DATETIME(6)   NOT NULL,
    ends_at            DATETIME(6)   NOT NULL,
    place              VARCHAR(300)  NOT NULL,
    state              VARCHAR(30)   NOT NULL,
    current_item_id    BIGINT,
    current_item_since DATETIME(6),
    minutes_adopted_at DATETIME(6),
    minutes_adopted_by VARCHAR(100),
    updated_at         DATETIME(6)   NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_meeting_starts (starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An agenda item links typed content (a vraagstuk, or a scoring round, scenario comparison or advice of
-- features merged later) by kind + reference; its minutes text is co-edited during the meeting.
CREATE TABLE meeting_item (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id         BIGINT        NOT NULL,
    position           INT           NOT NULL,
    kind               VARCHAR(30)   NOT NULL,
    reference          VARCHAR(100),
    title              VARCHAR(300)  NOT NULL,
    presenter          VARCHAR(150),
    planned_minutes    INT           NOT NULL,
    used_seconds       BIGINT        NOT NULL DEFAULT 0,
    minutes_text       TEXT,
    minutes_updated_at DATETIME(6),
    minutes_updated_by VARCHAR(100),
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_meeting_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE meeting_decision (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id     BIGINT        NOT NULL,
    item_id        BIGINT        NOT NULL,
    text           VARCHAR(2000) NOT NULL,
    vraagstuk_code VARCHAR(20),
    outcome        VARCHAR(30)   NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    recorded_by    VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_meeting_decision_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_decision_item FOREIGN KEY (item_id) REFERENCES meeting_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE meeting_action (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id     BIGINT        NOT NULL,
    item_id        BIGINT        NOT NULL,
    description    VARCHAR(1000) NOT NULL,
    owner_username VARCHAR(100)  NOT NULL,
    owner_name     VARCHAR(150)  NOT NULL,
    owner_sector   VARCHAR(20),
    due_date       DATE          NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_meeting_action_owner (owner_username),
    CONSTRAINT fk_meeting_action_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_action_item FOREIGN KEY (item_id) REFERENCES meeting_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE meeting_attendance (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id   BIGINT       NOT NULL,
    username     VARCHAR(100) NOT NULL,
    display_name VARCHAR(150) NOT NULL,
    role         VARCHAR(20)  NOT NULL,
    sector_code  VARCHAR(20),
    present      BOOLEAN      NOT NULL,
    CONSTRAINT uk_meeting_attendance UNIQUE (meeting_id, username),
    CONSTRAINT fk_meeting_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
