CREATE TABLE bouwsteen (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(30)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000),
    type         VARCHAR(40)   NOT NULL,
    phase        VARCHAR(40),
    impact       VARCHAR(20),
    status       VARCHAR(30),
    owner        VARCHAR(120),
    legal_anchor VARCHAR(200),
    source       VARCHAR(200),
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_bouwsteen_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE bouwsteen_sector (
    bouwsteen_id BIGINT      NOT NULL,
    sector_code  VARCHAR(20) NOT NULL,
    PRIMARY KEY (bouwsteen_id, sector_code),
    CONSTRAINT fk_bouwsteen_sector_bs FOREIGN KEY (bouwsteen_id) REFERENCES bouwsteen (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- "A needs B": dependant needs dependency.
CREATE TABLE bouwsteen_dependency (
    dependant_id  BIGINT       NOT NULL,
    dependency_id BIGINT       NOT NULL,
    reason        VARCHAR(500),
    PRIMARY KEY (dependant_id, dependency_id),
    CONSTRAINT fk_dep_dependant FOREIGN KEY (dependant_id) REFERENCES bouwsteen (id),
    CONSTRAINT fk_dep_dependency FOREIGN KEY (dependency_id) REFERENCES bouwsteen (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE vraagstuk (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                VARCHAR(20)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    type                VARCHAR(40)   NOT NULL,
    description         VARCHAR(4000),
    submitted_by_sector VARCHAR(20),
    input_source        VARCHAR(60),
    source              VARCHAR(200),
    status              VARCHAR(30)   NOT NULL,
    created_at          TIMESTAMP(6)  NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_vraagstuk_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE vraagstuk_affected_sector (
    vraagstuk_id BIGINT      NOT NULL,
    sector_code  VARCHAR(20) NOT NULL,
    PRIMARY KEY (vraagstuk_id, sector_code),
    CONSTRAINT fk_vs_sector_vs FOREIGN KEY (vraagstuk_id) REFERENCES vraagstuk (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE vraagstuk_bouwsteen (
    vraagstuk_id   BIGINT      NOT NULL,
    bouwsteen_code VARCHAR(30) NOT NULL,
    PRIMARY KEY (vraagstuk_id, bouwsteen_code),
    CONSTRAINT fk_vs_bs_vs FOREIGN KEY (vraagstuk_id) REFERENCES vraagstuk (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
