-- Bouwstenen: lead time, proposal state, audit columns; the table's traffic light stays in bouwsteen.status
-- (now a code), the sectors' traffic lights get their own table; acceptance maturity per criterion;
-- dependencies get a proposal state; every saved change is kept in a history table.
ALTER TABLE bouwsteen
    ADD COLUMN lead_time_weeks INT          NULL,
    ADD COLUMN proposal_state  VARCHAR(20)  NOT NULL DEFAULT 'BEVESTIGD',
    ADD COLUMN proposed_by     VARCHAR(120) NULL,
    ADD COLUMN inferred_fields VARCHAR(200) NULL,
    ADD COLUMN updated_at      TIMESTAMP(6) NULL,
    ADD COLUMN updated_by      VARCHAR(120) NULL;

UPDATE bouwsteen SET phase = CASE phase
    WHEN 'Strategie' THEN 'STRATEGIE'
    WHEN 'Realisatie' THEN 'REALISATIE'
    WHEN 'Intake' THEN 'INTAKE'
    WHEN 'Koplopers' THEN 'KOPLOPERS'
    WHEN 'Optimalisatie' THEN 'OPTIMALISATIE'
    WHEN 'Brede implementatie' THEN 'BREED'
    WHEN 'Beheer' THEN 'BEHEER'
    ELSE phase END;
UPDATE bouwsteen SET impact = UPPER(impact) WHERE impact IS NOT NULL;
UPDATE bouwsteen SET status = CASE status
    WHEN 'In uitvoering' THEN 'IN_UITVOERING'
    WHEN 'Volgend, potentie' THEN 'VOLGEND'
    WHEN 'Niet op agenda' THEN 'NIET_OP_AGENDA'
    ELSE status END;
UPDATE bouwsteen SET inferred_fields = 'phase,impact,status' WHERE inferred_fields IS NULL;

CREATE TABLE bouwsteen_sector_status (
    bouwsteen_id BIGINT      NOT NULL,
    sector_code  VARCHAR(20) NOT NULL,
    status       VARCHAR(20) NOT NULL,
    PRIMARY KEY (bouwsteen_id, sector_code),
    CONSTRAINT fk_bs_status_bs FOREIGN KEY (bouwsteen_id) REFERENCES bouwsteen (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE bouwsteen_maturity (
    bouwsteen_id   BIGINT      NOT NULL,
    criterion      VARCHAR(40) NOT NULL,
    maturity_level INT         NOT NULL,
    PRIMARY KEY (bouwsteen_id, criterion),
    CONSTRAINT fk_bs_maturity_bs FOREIGN KEY (bouwsteen_id) REFERENCES bouwsteen (id),
    CONSTRAINT ck_bs_maturity_level CHECK (maturity_level BETWEEN 0 AND 3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE bouwsteen_dependency
    ADD COLUMN proposal_state VARCHAR(20)  NOT NULL DEFAULT 'BEVESTIGD',
    ADD COLUMN proposed_by    VARCHAR(120) NULL,
    ADD COLUMN created_at     TIMESTAMP(6) NULL;

CREATE TABLE bouwsteen_history (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bouwsteen_id BIGINT        NOT NULL,
    changed_at   TIMESTAMP(6)  NOT NULL,
    changed_by   VARCHAR(120)  NOT NULL,
    field        VARCHAR(60)   NOT NULL,
    old_value    VARCHAR(2000),
    new_value    VARCHAR(2000),
    CONSTRAINT fk_bs_history_bs FOREIGN KEY (bouwsteen_id) REFERENCES bouwsteen (id),
    INDEX ix_bs_history (bouwsteen_id, changed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
