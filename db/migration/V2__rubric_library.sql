-- The rubric library. A rubric has versions; a version has sections, a section has criteria,
-- and every criterion has a descriptor per score level, or inherits its section's descriptors
-- where the rubric describes levels per section. A version is edited only while it is a DRAFT:
-- published versions are immutable, so every score keeps meaning what it meant.
CREATE TABLE rubric (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- Stable key of a rubric shipped with Floorcheck; null for rubrics made in the app.
    library_key VARCHAR(64),
    name        VARCHAR(160) NOT NULL,
    purpose     VARCHAR(24)  NOT NULL,
    description TEXT,
    -- Null: the shipped library, owned by nobody in particular.
    owner_id    BIGINT,
    created_at  DATETIME(6)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_rubric_library_key UNIQUE (library_key),
    CONSTRAINT fk_rubric_owner FOREIGN KEY (owner_id) REFERENCES app_user (id),
    CONSTRAINT ck_rubric_purpose CHECK (purpose IN ('SHADOW_VISIT', 'RECOMMENDATION', 'LEADERSHIP_SESSION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rubric_version (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rubric_id         BIGINT      NOT NULL,
    version_number    INT         NOT NULL,
    status            VARCHAR(12) NOT NULL,
    -- What the levels of the scale mean in general, shown above the criteria.
    scale_guidance    TEXT,
    -- Evidence rule: a score at or below evidence_at_most, or at or above evidence_at_least,
    -- needs an evidence note. Null: no such bound.
    evidence_at_most  INT,
    evidence_at_least INT,
    change_note       TEXT,
    created_at        DATETIME(6) NOT NULL,
    published_at      DATETIME(6),
    version           INT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_rubric_version_number UNIQUE (rubric_id, version_number),
    CONSTRAINT fk_rubric_version_rubric FOREIGN KEY (rubric_id) REFERENCES rubric (id),
    CONSTRAINT ck_rubric_version_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rubric_section (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rubric_version_id BIGINT        NOT NULL,
    sort_order        INT           NOT NULL,
    code              VARCHAR(16)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    guidance          TEXT,
    -- Share of the rubric total (the weighted sections of a version sum to 100). Null for a
    -- section that holds only gate items, which carry no weight.
    weight            DECIMAL(7, 3),
    CONSTRAINT uq_rubric_section_order UNIQUE (rubric_version_id, sort_order),
    CONSTRAINT uq_rubric_section_code UNIQUE (rubric_version_id, code),
    CONSTRAINT fk_rubric_section_version FOREIGN KEY (rubric_version_id) REFERENCES rubric_version (id),
    CONSTRAINT ck_rubric_section_weight CHECK (weight IS NULL OR weight > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Level descriptors that a section gives for all its criteria.
CREATE TABLE section_level (
    section_id  BIGINT NOT NULL,
    score_level INT    NOT NULL,
    descriptor  TEXT   NOT NULL,
    CONSTRAINT pk_section_level PRIMARY KEY (section_id, score_level),
    CONSTRAINT fk_section_level_section FOREIGN KEY (section_id) REFERENCES rubric_section (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE criterion (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    section_id     BIGINT        NOT NULL,
    sort_order     INT           NOT NULL,
    code           VARCHAR(16)   NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    -- What to look for.
    guidance       TEXT,
    -- Relative weight within the section (normalised, so criteria need not sum to anything).
    -- Null for a gate.
    weight         DECIMAL(7, 3),
    scale_min      INT           NOT NULL DEFAULT 1,
    scale_max      INT           NOT NULL DEFAULT 5,
    na_allowed     BOOLEAN       NOT NULL DEFAULT TRUE,
    -- A gate is pass/fail and unweighted: failing it makes the vendor not recommendable
    -- unless a waiver is recorded.
    gate           BOOLEAN       NOT NULL DEFAULT FALSE,
    pass_condition TEXT,
    CONSTRAINT uq_criterion_order UNIQUE (section_id, sort_order),
    CONSTRAINT fk_criterion_section FOREIGN KEY (section_id) REFERENCES rubric_section (id),
    CONSTRAINT ck_criterion_scale CHECK (scale_max > scale_min),
    CONSTRAINT ck_criterion_kind CHECK ((gate = TRUE AND weight IS NULL AND pass_condition IS NOT NULL)
        OR (gate = FALSE AND weight > 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE criterion_level (
    criterion_id BIGINT NOT NULL,
    score_level  INT    NOT NULL,
    descriptor   TEXT   NOT NULL,
    CONSTRAINT pk_criterion_level PRIMARY KEY (criterion_id, score_level),
    CONSTRAINT fk_criterion_level_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_rubric_version_rubric ON rubric_version (rubric_id);
CREATE INDEX ix_criterion_section ON criterion (section_id);
