-- Leadership scorecards: one per attendee per visit, scoring every recommendation of the
-- visit's debrief against the evaluation's recommendation rubric version and the session as a
-- whole against its leadership-session rubric version. Same life as a visit scorecard: DRAFT
-- autosaved item by item, SUBMITTED read-only until reopened with a reason.
CREATE TABLE leadership_scorecard (
    id                                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    visit_id                          BIGINT      NOT NULL,
    evaluator_id                      BIGINT      NOT NULL,
    recommendation_rubric_version_id  BIGINT      NOT NULL,
    session_rubric_version_id         BIGINT      NOT NULL,
    status                            VARCHAR(10) NOT NULL,
    -- Set at the first submit and kept through reopens: from then on every change is audited.
    first_submitted_at                DATETIME(6),
    submitted_at                      DATETIME(6),
    -- The item the evaluator last worked on ("<recommendation id>:<code>" or "S:<code>").
    resume_at                         VARCHAR(40),
    created_at                        DATETIME(6) NOT NULL,
    version                           INT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_leadership_scorecard UNIQUE (visit_id, evaluator_id),
    CONSTRAINT fk_leadership_scorecard_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_leadership_scorecard_evaluator FOREIGN KEY (evaluator_id) REFERENCES app_user (id),
    CONSTRAINT fk_leadership_scorecard_rec_rubric FOREIGN KEY (recommendation_rubric_version_id)
        REFERENCES rubric_version (id),
    CONSTRAINT fk_leadership_scorecard_session_rubric FOREIGN KEY (session_rubric_version_id)
        REFERENCES rubric_version (id),
    CONSTRAINT ck_leadership_scorecard_status CHECK (status IN ('DRAFT', 'SUBMITTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One criterion of one recommendation on a leadership scorecard, or of the session as a whole
-- when recommendation_id is NULL. The unique key guards recommendation rows; session rows are
-- written only under the scorecard's row lock, like every change to a scorecard. When the lead
-- merges a duplicate, its scores move to the recommendation kept (see RecommendationService).
CREATE TABLE recommendation_score (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scorecard_id      BIGINT      NOT NULL,
    recommendation_id BIGINT,
    criterion_code    VARCHAR(16) NOT NULL,
    score_value       INT,
    not_applicable    BOOLEAN     NOT NULL DEFAULT FALSE,
    gate_passed       BOOLEAN,
    evidence          TEXT,
    updated_at        DATETIME(6) NOT NULL,
    version           INT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_recommendation_score UNIQUE (scorecard_id, recommendation_id, criterion_code),
    CONSTRAINT fk_recommendation_score_card FOREIGN KEY (scorecard_id) REFERENCES leadership_scorecard (id),
    CONSTRAINT fk_recommendation_score_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id),
    CONSTRAINT ck_recommendation_score_one_mark CHECK ((CASE WHEN score_value IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN not_applicable THEN 1 ELSE 0 END)
        + (CASE WHEN gate_passed IS NULL THEN 0 ELSE 1 END) <= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_leadership_scorecard_evaluator ON leadership_scorecard (evaluator_id);
CREATE INDEX ix_recommendation_score_recommendation ON recommendation_score (recommendation_id);
