-- Sectors of the healthcare field; participation says whether a sector sits at the table yet.
CREATE TABLE sector (
    code          VARCHAR(20)  NOT NULL PRIMARY KEY,
    name          VARCHAR(120) NOT NULL,
    description   VARCHAR(500),
    participation VARCHAR(30)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(60)  NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    sector_code   VARCHAR(20),
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP(6) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_sector FOREIGN KEY (sector_code) REFERENCES sector (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Gremia: the bodies around the table; only some of them decide.
CREATE TABLE gremium (
    code        VARCHAR(20)  NOT NULL PRIMARY KEY,
    name        VARCHAR(160) NOT NULL,
    level       VARCHAR(20)  NOT NULL,
    decides     BOOLEAN      NOT NULL,
    established BOOLEAN      NOT NULL DEFAULT TRUE,
    description VARCHAR(1000),
    version     BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
