-- Recommendations for change that a candidate's executives make during the leadership debrief
-- of a visit, captured live by the attendees. A merged duplicate points at the one it was
-- merged into and is kept (its capture stays on record); an upsell is flagged, never deleted.
CREATE TABLE recommendation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    visit_id        BIGINT       NOT NULL,
    title           VARCHAR(200) NOT NULL,
    description     TEXT,
    area            VARCHAR(24)  NOT NULL,
    proposer_name   VARCHAR(120),
    proposer_title  VARCHAR(120),
    target_kpi      VARCHAR(120),
    expected_effect TEXT,
    captured_at     DATETIME(6)  NOT NULL,
    captured_by     BIGINT       NOT NULL,
    -- Made by the capturing browser for each new recommendation: a double tap or a resent
    -- request stores one recommendation, not two.
    capture_key     VARCHAR(40)  NOT NULL,
    merged_into     BIGINT,
    upsell          BOOLEAN      NOT NULL DEFAULT FALSE,
    upsell_note     TEXT,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_recommendation_capture UNIQUE (visit_id, capture_key),
    CONSTRAINT fk_recommendation_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_recommendation_captured_by FOREIGN KEY (captured_by) REFERENCES app_user (id),
    CONSTRAINT fk_recommendation_merged_into FOREIGN KEY (merged_into) REFERENCES recommendation (id),
    CONSTRAINT ck_recommendation_area CHECK (area IN ('WORKFLOW', 'CALL_SCRIPTS', 'AGENT_DESKTOP', 'ROUTING',
        'STAFFING', 'TRAINING', 'QUALITY', 'TECHNOLOGY', 'METRICS', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_recommendation_merged_into ON recommendation (merged_into);
