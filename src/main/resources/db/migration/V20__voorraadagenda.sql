-- The voorraadagenda: every field of a vraagstuk, its agreed order, screening and history.
ALTER TABLE vraagstuk
    ADD COLUMN rationale         VARCHAR(4000),
    ADD COLUMN urgency           VARCHAR(20),
    ADD COLUMN gremium_code      VARCHAR(20),
    ADD COLUMN working_group     VARCHAR(200),
    ADD COLUMN owner_name        VARCHAR(100),
    ADD COLUMN submitted_by_user VARCHAR(60),
    ADD COLUMN next_meeting      DATE,
    ADD COLUMN agenda_position   INT           NOT NULL DEFAULT 0,
    ADD COLUMN status_reason     VARCHAR(1000),
    ADD COLUMN updated_at        TIMESTAMP(6)  NULL,
    ADD COLUMN updated_by        VARCHAR(100);

UPDATE vraagstuk SET updated_at = created_at WHERE updated_at IS NULL;
UPDATE vraagstuk SET updated_by = 'Import catalogus' WHERE updated_by IS NULL;
UPDATE vraagstuk SET agenda_position = id WHERE agenda_position = 0;

-- Types and sources become fixed vocabularies (enum names).
UPDATE vraagstuk SET type = UPPER(type);
UPDATE vraagstuk SET input_source = CASE input_source
    WHEN 'sectorale planningstafel' THEN 'SECTORALE_PLANNINGSTAFEL'
    WHEN 'VWS-routekaart' THEN 'VWS_ROUTEKAART'
    WHEN 'activiteitenkaart' THEN 'ACTIVITEITENKAART'
    WHEN 'casuïstiek' THEN 'CASUISTIEK'
    WHEN 'lid van de tafel' THEN 'LID_VAN_DE_TAFEL'
    ELSE input_source END;

CREATE INDEX ix_vraagstuk_status ON vraagstuk (status);
CREATE INDEX ix_vraagstuk_position ON vraagstuk (agenda_position);
CREATE INDEX ix_vraagstuk_updated ON vraagstuk (updated_at);

-- Gates of the afwegingskader that the programme office ticked while screening (G-PORT … G-BOUWSTEEN).
CREATE TABLE vraagstuk_screening (
    vraagstuk_id BIGINT      NOT NULL,
    gate_code    VARCHAR(20) NOT NULL,
    PRIMARY KEY (vraagstuk_id, gate_code),
    CONSTRAINT fk_vs_screening_vs FOREIGN KEY (vraagstuk_id) REFERENCES vraagstuk (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who changed which field from what to what, and every status change with its reason.
CREATE TABLE vraagstuk_history (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    vraagstuk_id BIGINT        NOT NULL,
    at           TIMESTAMP(6)  NOT NULL,
    actor_id     VARCHAR(60)   NOT NULL,
    actor_name   VARCHAR(100)  NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    field        VARCHAR(40),
    old_value    VARCHAR(4000),
    new_value    VARCHAR(4000),
    reason       VARCHAR(1000),
    INDEX ix_vs_history (vraagstuk_id, at),
    CONSTRAINT fk_vs_history_vs FOREIGN KEY (vraagstuk_id) REFERENCES vraagstuk (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
