-- Scorecards: one per attendee per visit, against the evaluation's visit rubric version.
-- A DRAFT is autosaved criterion by criterion; SUBMITTED is read-only for its author until
-- they reopen it with a reason. Scores are keyed by criterion code, unique within a version.
CREATE TABLE scorecard (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    visit_id           BIGINT      NOT NULL,
    evaluator_id       BIGINT      NOT NULL,
    rubric_version_id  BIGINT      NOT NULL,
    status             VARCHAR(10) NOT NULL,
    -- Set at the first submit and kept through reopens: from then on every change is audited.
    first_submitted_at DATETIME(6),
    submitted_at       DATETIME(6),
    -- The criterion the evaluator last worked on, to open the scorecard where they left it.
    resume_at          VARCHAR(16),
    created_at         DATETIME(6) NOT NULL,
    version            INT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_scorecard_visit_evaluator UNIQUE (visit_id, evaluator_id),
    CONSTRAINT fk_scorecard_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_scorecard_evaluator FOREIGN KEY (evaluator_id) REFERENCES app_user (id),
    CONSTRAINT fk_scorecard_rubric_version FOREIGN KEY (rubric_version_id) REFERENCES rubric_version (id),
    CONSTRAINT ck_scorecard_status CHECK (status IN ('DRAFT', 'SUBMITTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One criterion of a scorecard: a level, N/A, or a gate's pass/fail (at most one of them;
-- none while unscored), an evidence note, and the calls linked as evidence.
CREATE TABLE score (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scorecard_id   BIGINT      NOT NULL,
    criterion_code VARCHAR(16) NOT NULL,
    score_value    INT,
    not_applicable BOOLEAN     NOT NULL DEFAULT FALSE,
    gate_passed    BOOLEAN,
    evidence       TEXT,
    updated_at     DATETIME(6) NOT NULL,
    version        INT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_score_criterion UNIQUE (scorecard_id, criterion_code),
    CONSTRAINT fk_score_scorecard FOREIGN KEY (scorecard_id) REFERENCES scorecard (id),
    CONSTRAINT ck_score_one_mark CHECK ((CASE WHEN score_value IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN not_applicable THEN 1 ELSE 0 END)
        + (CASE WHEN gate_passed IS NULL THEN 0 ELSE 1 END) <= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE score_call (
    score_id BIGINT NOT NULL,
    call_id  BIGINT NOT NULL,
    CONSTRAINT pk_score_call PRIMARY KEY (score_id, call_id),
    CONSTRAINT fk_score_call_score FOREIGN KEY (score_id) REFERENCES score (id),
    CONSTRAINT fk_score_call_call FOREIGN KEY (call_id) REFERENCES observed_call (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_scorecard_evaluator ON scorecard (evaluator_id);
CREATE INDEX ix_score_call_call ON score_call (call_id);
