-- Issue 12, the scenario workbench (DD027). A scenario is one aggregate: its co-edited texts in
-- columns, its lines (planned bouwstenen, milestones, money, FTE, risks) as JSON documents that are
-- always read and saved with it, under one version.
CREATE TABLE scenario (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(20)    NOT NULL,
    vraagstuk_code    VARCHAR(20)    NOT NULL,
    variant_of        VARCHAR(20)    NULL,
    name              VARCHAR(200)   NOT NULL,
    summary           TEXT           NOT NULL,
    assumptions       TEXT           NOT NULL,
    delivered         TEXT           NOT NULL,
    for_sectors       VARCHAR(500)   NOT NULL,
    effects           TEXT           NOT NULL,
    inhoud_narrative  TEXT           NOT NULL,
    tijd_narrative    TEXT           NOT NULL,
    geld_narrative    TEXT           NOT NULL,
    risico_narrative  TEXT           NOT NULL,
    first_year        INT            NOT NULL,
    last_year         INT            NOT NULL,
    discount_rate     DECIMAL(7, 4)  NOT NULL,
    plan_json         LONGTEXT       NOT NULL,
    milestones_json   LONGTEXT       NOT NULL,
    money_json        LONGTEXT       NOT NULL,
    fte_json          LONGTEXT       NOT NULL,
    risks_json        LONGTEXT       NOT NULL,
    created_by        VARCHAR(60)    NOT NULL,
    updated_at        TIMESTAMP(6)   NOT NULL,
    updated_by        VARCHAR(100)   NOT NULL,
    version           BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_scenario_code UNIQUE (code),
    INDEX ix_scenario_vraagstuk (vraagstuk_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who changed what in a scenario: co-edited fields from/to, and each line added, changed or removed.
CREATE TABLE scenario_history (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scenario_id  BIGINT         NOT NULL,
    at           TIMESTAMP(6)   NOT NULL,
    actor_id     VARCHAR(60)    NOT NULL,
    actor_name   VARCHAR(100)   NOT NULL,
    field        VARCHAR(40)    NOT NULL,
    old_value    VARCHAR(4000)  NULL,
    new_value    VARCHAR(4000)  NULL,
    CONSTRAINT fk_scenario_history FOREIGN KEY (scenario_id) REFERENCES scenario (id) ON DELETE CASCADE,
    INDEX ix_scenario_history (scenario_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The chair's preferred scenario of a vraagstuk (party VOORZITTER) and each sector's preference.
CREATE TABLE scenario_preference (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    vraagstuk_code  VARCHAR(20)    NOT NULL,
    party           VARCHAR(20)    NOT NULL,
    scenario_code   VARCHAR(20)    NOT NULL,
    rationale       VARCHAR(2000)  NOT NULL,
    recorded_by     VARCHAR(100)   NOT NULL,
    recorded_at     TIMESTAMP(6)   NOT NULL,
    CONSTRAINT uq_scenario_preference UNIQUE (vraagstuk_code, party)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The table-wide risk register (seeded from the sources); written values kept beside L/M/H (DOMAIN.md §6).
CREATE TABLE table_risk (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    nr               VARCHAR(20)    NOT NULL,
    risk             VARCHAR(1000)  NOT NULL,
    kans_written     VARCHAR(30)    NULL,
    kans             VARCHAR(1)     NULL,
    impact_written   VARCHAR(30)    NULL,
    impact           VARCHAR(1)     NULL,
    prio_written     VARCHAR(30)    NULL,
    prio             VARCHAR(1)     NULL,
    mitigation       VARCHAR(2000)  NOT NULL,
    owner_name       VARCHAR(200)   NOT NULL,
    source           VARCHAR(100)   NOT NULL,
    CONSTRAINT uq_table_risk_nr UNIQUE (nr)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
