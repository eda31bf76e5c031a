CREATE TABLE table_profile (
    id                BIGINT        NOT NULL PRIMARY KEY,
    name              VARCHAR(120)  NOT NULL,
    purpose           VARCHAR(2000) NOT NULL,
    meeting_cadence   VARCHAR(200)  NOT NULL,
    next_meeting_date DATE,
    member_notice     VARCHAR(1000),
    updated_at        TIMESTAMP(6)  NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Composition of the table: seats and mandate per sector. Part of the profile aggregate.
CREATE TABLE table_seat (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    profile_id     BIGINT       NOT NULL,
    sector_code    VARCHAR(20)  NOT NULL,
    seats          INT          NOT NULL,
    representation VARCHAR(300),
    CONSTRAINT uk_table_seat UNIQUE (profile_id, sector_code),
    CONSTRAINT fk_table_seat_profile FOREIGN KEY (profile_id) REFERENCES table_profile (id),
    CONSTRAINT fk_table_seat_sector FOREIGN KEY (sector_code) REFERENCES sector (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
