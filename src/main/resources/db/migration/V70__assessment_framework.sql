-- The afwegingskader (issue 11, DD020): published versions, which never change once written, and the one
-- draft that the chair and the programme office co-edit and publish from.

CREATE TABLE framework_version (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number                 INT           NOT NULL,
    published_on           DATE          NOT NULL,
    published_at           TIMESTAMP(6)  NOT NULL,
    published_by           VARCHAR(100)  NOT NULL,
    legal_obligation_boost DECIMAL(7, 2) NOT NULL,
    per_dependent_boost    DECIMAL(7, 2) NOT NULL,
    CONSTRAINT uq_framework_version_number UNIQUE (number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Gates (yes/no with a note when screening) of one published version, in the order shown.
CREATE TABLE framework_version_gate (
    version_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    code        VARCHAR(20)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000),
    PRIMARY KEY (version_id, position),
    CONSTRAINT fk_fw_version_gate FOREIGN KEY (version_id) REFERENCES framework_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Scored criteria of one published version: the scale as ascending values "1,2,3,5,8,13,20".
CREATE TABLE framework_version_criterion (
    version_id   BIGINT        NOT NULL,
    position     INT           NOT NULL,
    code         VARCHAR(20)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000),
    scale_values VARCHAR(200)  NOT NULL,
    weight       DECIMAL(7, 2) NOT NULL,
    wsjf_part    VARCHAR(20)   NOT NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT fk_fw_version_criterion FOREIGN KEY (version_id) REFERENCES framework_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The draft: exactly one (id 1). Its rows have their own ids, the stable keys co-editors share.
CREATE TABLE framework_draft (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    based_on_number        INT,
    legal_obligation_boost DECIMAL(7, 2) NOT NULL,
    per_dependent_boost    DECIMAL(7, 2) NOT NULL,
    updated_at             TIMESTAMP(6)  NOT NULL,
    updated_by             VARCHAR(100)  NOT NULL,
    version                BIGINT        NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE framework_draft_gate (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    draft_id    BIGINT        NOT NULL,
    position    INT           NOT NULL,
    code        VARCHAR(20)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000),
    CONSTRAINT fk_fw_draft_gate FOREIGN KEY (draft_id) REFERENCES framework_draft (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE framework_draft_criterion (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    draft_id     BIGINT        NOT NULL,
    position     INT           NOT NULL,
    code         VARCHAR(20)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000),
    scale_values VARCHAR(200)  NOT NULL,
    weight       DECIMAL(7, 2) NOT NULL,
    wsjf_part    VARCHAR(20)   NOT NULL,
    CONSTRAINT fk_fw_draft_criterion FOREIGN KEY (draft_id) REFERENCES framework_draft (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who changed what in the draft, and every publication.
CREATE TABLE framework_history (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at         TIMESTAMP(6)  NOT NULL,
    actor_id   VARCHAR(60)   NOT NULL,
    actor_name VARCHAR(100)  NOT NULL,
    kind       VARCHAR(20)   NOT NULL,
    field      VARCHAR(80),
    old_value  VARCHAR(4000),
    new_value  VARCHAR(4000),
    INDEX ix_framework_history_at (at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
