-- Sealed scoring rounds of the afwegingskader (issue 11, DD024). A round keeps a copy of the criteria of the
-- framework version it was opened with, so publishing a newer version never changes a running round.
CREATE TABLE scoring_round (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title                  VARCHAR(200)  NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    framework_version_id   BIGINT        NOT NULL,
    framework_number       INT           NOT NULL,
    deadline               TIMESTAMP(6)  NOT NULL,
    reveal_mode            VARCHAR(20)   NOT NULL,
    quorum                 VARCHAR(20)   NOT NULL,
    opened_by              VARCHAR(100)  NOT NULL,
    opened_at              TIMESTAMP(6)  NOT NULL,
    closed_at              TIMESTAMP(6)  NULL,
    revealed_at            TIMESTAMP(6)  NULL,
    revealed_by            VARCHAR(100),
    quorum_override_reason VARCHAR(1000),
    legal_boost            DECIMAL(10,3) NOT NULL DEFAULT 0,
    dependent_boost        DECIMAL(10,3) NOT NULL DEFAULT 0,
    version                BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_scoring_round_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The vraagstukken and bouwstenen the round scores, in the order they were chosen.
CREATE TABLE scoring_round_item (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id  BIGINT       NOT NULL,
    position  INT          NOT NULL,
    kind      VARCHAR(20)  NOT NULL,
    code      VARCHAR(30)  NOT NULL,
    title     VARCHAR(200) NOT NULL,
    UNIQUE KEY uq_round_item (round_id, kind, code),
    CONSTRAINT fk_round_item_round FOREIGN KEY (round_id) REFERENCES scoring_round (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The scored criteria as the framework version had them when the round opened.
CREATE TABLE scoring_round_criterion (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id    BIGINT        NOT NULL,
    position    INT           NOT NULL,
    code        VARCHAR(30)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000),
    scale       VARCHAR(200)  NOT NULL,
    weight      DECIMAL(10,3) NOT NULL,
    wsjf_part   VARCHAR(30)   NOT NULL,
    UNIQUE KEY uq_round_criterion (round_id, code),
    CONSTRAINT fk_round_criterion_round FOREIGN KEY (round_id) REFERENCES scoring_round (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The consensus the chair records per item and criterion after the reveal.
CREATE TABLE scoring_round_consensus (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id       BIGINT        NOT NULL,
    item_key       VARCHAR(60)   NOT NULL,
    criterion_code VARCHAR(30)   NOT NULL,
    score          INT           NOT NULL,
    rationale      VARCHAR(2000),
    decided_by     VARCHAR(100)  NOT NULL,
    decided_at     TIMESTAMP(6)  NOT NULL,
    UNIQUE KEY uq_round_consensus (round_id, item_key, criterion_code),
    CONSTRAINT fk_round_consensus_round FOREIGN KEY (round_id) REFERENCES scoring_round (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
