-- The consensus step. The lead records an agreed value per disputed item (a vendor's visit or
-- session criterion, or a recommendation's criterion): a level, N/A, or a gate's pass/fail, with
-- a rationale. Individual scores never change; the agreed value replaces their mean in the
-- engine. One row per item: withdrawing keeps the row (withdrawn_* set) until a new value is
-- recorded over it; the audit trail keeps every value ever recorded. version guards against two
-- leads (or two tabs) overwriting each other.
CREATE TABLE consensus_value (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    evaluation_id     BIGINT        NOT NULL,
    part              VARCHAR(16)   NOT NULL,
    vendor_id         BIGINT        NOT NULL,
    -- 0 for the vendor's visit and session criteria (a key column cannot be null in a unique key
    -- that must hold), else the recommendation's id.
    recommendation_id BIGINT        NOT NULL DEFAULT 0,
    criterion_code    VARCHAR(16)   NOT NULL,
    score_value       INT,
    not_applicable    BOOLEAN       NOT NULL DEFAULT FALSE,
    gate_passed       BOOLEAN,
    rationale         VARCHAR(2000),
    recorded_by       BIGINT        NOT NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    withdrawn_by      BIGINT,
    withdrawn_at      DATETIME(6),
    withdraw_reason   VARCHAR(2000),
    version           INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_consensus_item UNIQUE (evaluation_id, part, vendor_id, recommendation_id, criterion_code),
    CONSTRAINT fk_consensus_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
    CONSTRAINT fk_consensus_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_consensus_recorded_by FOREIGN KEY (recorded_by) REFERENCES app_user (id),
    CONSTRAINT fk_consensus_withdrawn_by FOREIGN KEY (withdrawn_by) REFERENCES app_user (id),
    CONSTRAINT ck_consensus_part CHECK (part IN ('VISIT', 'RECOMMENDATION', 'SESSION')),
    CONSTRAINT ck_consensus_one_mark CHECK ((CASE WHEN score_value IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN not_applicable THEN 1 ELSE 0 END)
        + (CASE WHEN gate_passed IS NULL THEN 0 ELSE 1 END) = 1),
    CONSTRAINT ck_consensus_rationale CHECK (rationale IS NOT NULL AND CHAR_LENGTH(TRIM(rationale)) > 0),
    CONSTRAINT ck_consensus_withdrawn CHECK ((withdrawn_at IS NULL AND withdrawn_by IS NULL AND withdraw_reason IS NULL)
        OR (withdrawn_at IS NOT NULL AND withdrawn_by IS NOT NULL AND withdraw_reason IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_consensus_vendor ON consensus_value (vendor_id);
CREATE INDEX ix_consensus_recorded_by ON consensus_value (recorded_by);
CREATE INDEX ix_consensus_withdrawn_by ON consensus_value (withdrawn_by);

-- A failed gate let pass: who approved it (name and role, often someone outside the app, such as
-- the CISO) and why. Withdrawn like a consensus value.
CREATE TABLE gate_waiver (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    evaluation_id   BIGINT        NOT NULL,
    vendor_id       BIGINT        NOT NULL,
    gate_code       VARCHAR(16)   NOT NULL,
    approver        VARCHAR(200)  NOT NULL,
    approver_role   VARCHAR(200)  NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    recorded_by     BIGINT        NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    withdrawn_by    BIGINT,
    withdrawn_at    DATETIME(6),
    withdraw_reason VARCHAR(2000),
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_gate_waiver UNIQUE (evaluation_id, vendor_id, gate_code),
    CONSTRAINT fk_gate_waiver_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
    CONSTRAINT fk_gate_waiver_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_gate_waiver_recorded_by FOREIGN KEY (recorded_by) REFERENCES app_user (id),
    CONSTRAINT fk_gate_waiver_withdrawn_by FOREIGN KEY (withdrawn_by) REFERENCES app_user (id),
    CONSTRAINT ck_gate_waiver_withdrawn CHECK ((withdrawn_at IS NULL AND withdrawn_by IS NULL AND withdraw_reason IS NULL)
        OR (withdrawn_at IS NOT NULL AND withdrawn_by IS NOT NULL AND withdraw_reason IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_gate_waiver_vendor ON gate_waiver (vendor_id);
CREATE INDEX ix_gate_waiver_recorded_by ON gate_waiver (recorded_by);
CREATE INDEX ix_gate_waiver_withdrawn_by ON gate_waiver (withdrawn_by);

-- Who locked the evaluation and when: "Locked on … by …" on the comparison and in the PDF.
ALTER TABLE evaluation ADD COLUMN locked_at DATETIME(6);
ALTER TABLE evaluation ADD COLUMN locked_by BIGINT;
ALTER TABLE evaluation ADD CONSTRAINT fk_evaluation_locked_by FOREIGN KEY (locked_by) REFERENCES app_user (id);
