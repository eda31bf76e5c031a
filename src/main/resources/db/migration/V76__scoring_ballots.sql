-- One sealed ballot per participating member and round (DD024): readable by its author only until the reveal.
-- The version guards a member's own concurrent saves (two tabs) against silently overwriting each other.
CREATE TABLE scoring_ballot (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id        BIGINT       NOT NULL,
    member_username VARCHAR(60)  NOT NULL,
    member_name     VARCHAR(100) NOT NULL,
    sector_code     VARCHAR(20)  NOT NULL,
    updated_at      TIMESTAMP(6) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uq_ballot_member (round_id, member_username),
    CONSTRAINT fk_ballot_round FOREIGN KEY (round_id) REFERENCES scoring_round (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE scoring_ballot_score (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ballot_id      BIGINT        NOT NULL,
    item_key       VARCHAR(60)   NOT NULL,
    criterion_code VARCHAR(30)   NOT NULL,
    score          INT           NOT NULL,
    rationale      VARCHAR(2000),
    UNIQUE KEY uq_ballot_score (ballot_id, item_key, criterion_code),
    CONSTRAINT fk_ballot_score_ballot FOREIGN KEY (ballot_id) REFERENCES scoring_ballot (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE scoring_ballot_skip (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ballot_id BIGINT        NOT NULL,
    item_key  VARCHAR(60)   NOT NULL,
    reason    VARCHAR(1000) NOT NULL,
    UNIQUE KEY uq_ballot_skip (ballot_id, item_key),
    CONSTRAINT fk_ballot_skip_ballot FOREIGN KEY (ballot_id) REFERENCES scoring_ballot (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
