-- Candidates (vendors with their sites and contacts) and due-diligence evaluations: which
-- rubric versions and weights they use, which vendors compete, who is on the team, and each
-- evaluator's conflict-of-interest declaration per vendor.
CREATE TABLE vendor (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    legal_name       VARCHAR(200) NOT NULL,
    -- Lower-cased, space-collapsed legal name: one vendor per legal entity, whatever the spelling.
    legal_name_key   VARCHAR(200) NOT NULL,
    short_name       VARCHAR(80)  NOT NULL,
    hq_country       VARCHAR(80),
    website          VARCHAR(300),
    description      TEXT,
    -- Comma-separated service lines: VOICE, CHAT, EMAIL, BACK_OFFICE.
    service_lines    VARCHAR(100) NOT NULL DEFAULT '',
    languages        VARCHAR(300),
    notes            TEXT,
    created_at       DATETIME(6)  NOT NULL,
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_vendor_legal_name UNIQUE (legal_name_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE vendor_site (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    vendor_id  BIGINT       NOT NULL,
    sort_order INT          NOT NULL,
    city       VARCHAR(120) NOT NULL,
    country    VARCHAR(80)  NOT NULL,
    seats      INT,
    channels   VARCHAR(100) NOT NULL DEFAULT '',
    -- IANA zone, e.g. Asia/Manila: visit times are shown in the site's own time.
    time_zone  VARCHAR(64)  NOT NULL,
    CONSTRAINT fk_vendor_site_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT ck_vendor_site_seats CHECK (seats IS NULL OR seats >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE vendor_contact (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    vendor_id  BIGINT       NOT NULL,
    sort_order INT          NOT NULL,
    name       VARCHAR(160) NOT NULL,
    title      VARCHAR(160),
    email      VARCHAR(254),
    phone      VARCHAR(60),
    CONSTRAINT fk_vendor_contact_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evaluation (
    id                        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                      VARCHAR(200)  NOT NULL,
    scope                     TEXT,
    decision_date             DATE,
    status                    VARCHAR(12)   NOT NULL,
    -- The rubric versions scored against. A version referenced here can never be deleted.
    visit_rubric_id           BIGINT        NOT NULL,
    recommendation_rubric_id  BIGINT        NOT NULL,
    session_rubric_id         BIGINT        NOT NULL,
    -- Part weights in percent (sum 100) and the leadership shares (sum 1).
    visit_weight              DECIMAL(5, 2) NOT NULL,
    leadership_weight         DECIMAL(5, 2) NOT NULL,
    recommendation_share      DECIMAL(4, 3) NOT NULL,
    session_share             DECIMAL(4, 3) NOT NULL,
    created_by                BIGINT        NOT NULL,
    created_at                DATETIME(6)   NOT NULL,
    version                   INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_evaluation_visit_rubric FOREIGN KEY (visit_rubric_id) REFERENCES rubric_version (id),
    CONSTRAINT fk_evaluation_recommendation_rubric FOREIGN KEY (recommendation_rubric_id) REFERENCES rubric_version (id),
    CONSTRAINT fk_evaluation_session_rubric FOREIGN KEY (session_rubric_id) REFERENCES rubric_version (id),
    CONSTRAINT fk_evaluation_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT ck_evaluation_status CHECK (status IN ('DRAFT', 'OPEN', 'CONSENSUS', 'LOCKED')),
    CONSTRAINT ck_evaluation_parts CHECK (visit_weight >= 0 AND leadership_weight >= 0
        AND visit_weight + leadership_weight = 100),
    CONSTRAINT ck_evaluation_shares CHECK (recommendation_share >= 0 AND session_share >= 0
        AND recommendation_share + session_share = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evaluation_vendor (
    evaluation_id BIGINT NOT NULL,
    vendor_id     BIGINT NOT NULL,
    CONSTRAINT pk_evaluation_vendor PRIMARY KEY (evaluation_id, vendor_id),
    CONSTRAINT fk_evaluation_vendor_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
    CONSTRAINT fk_evaluation_vendor_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evaluation_member (
    evaluation_id BIGINT      NOT NULL,
    user_id       BIGINT      NOT NULL,
    role          VARCHAR(12) NOT NULL,
    added_at      DATETIME(6) NOT NULL,
    CONSTRAINT pk_evaluation_member PRIMARY KEY (evaluation_id, user_id),
    CONSTRAINT fk_evaluation_member_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
    CONSTRAINT fk_evaluation_member_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_evaluation_member_role CHECK (role IN ('LEAD', 'EVALUATOR', 'READER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One declaration per evaluator and vendor; a changed declaration is an update, and the audit
-- trail keeps what it said before.
CREATE TABLE coi_declaration (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    evaluation_id     BIGINT      NOT NULL,
    user_id           BIGINT      NOT NULL,
    vendor_id         BIGINT      NOT NULL,
    has_conflict      BOOLEAN     NOT NULL,
    description       TEXT,
    declared_at       DATETIME(6) NOT NULL,
    -- A lead may let a conflicted evaluator score after all, with a recorded reason.
    mitigation_reason TEXT,
    mitigated_by      BIGINT,
    mitigated_at      DATETIME(6),
    version           INT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_coi_declaration UNIQUE (evaluation_id, user_id, vendor_id),
    CONSTRAINT fk_coi_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
    CONSTRAINT fk_coi_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_coi_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_coi_mitigated_by FOREIGN KEY (mitigated_by) REFERENCES app_user (id),
    CONSTRAINT ck_coi_conflict CHECK (has_conflict = TRUE OR mitigation_reason IS NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_vendor_site_vendor ON vendor_site (vendor_id);
CREATE INDEX ix_vendor_contact_vendor ON vendor_contact (vendor_id);
CREATE INDEX ix_evaluation_member_user ON evaluation_member (user_id);
CREATE INDEX ix_evaluation_vendor_vendor ON evaluation_vendor (vendor_id);
CREATE INDEX ix_evaluation_visit_rubric ON evaluation (visit_rubric_id);
CREATE INDEX ix_evaluation_recommendation_rubric ON evaluation (recommendation_rubric_id);
CREATE INDEX ix_evaluation_session_rubric ON evaluation (session_rubric_id);
CREATE INDEX ix_coi_user ON coi_declaration (user_id);
CREATE INDEX ix_coi_vendor ON coi_declaration (vendor_id);
