-- Conflicts of interest: the lead decides every declared conflict either way (allow with a
-- mitigation, or exclude from the vendor), and a declaration changed after a decision goes back
-- to the lead. review: NONE (no conflict declared, nothing to decide), PENDING (waits for the
-- lead), ALLOWED, EXCLUDED; the decision's reason, maker and time are the mitigation_* columns.
ALTER TABLE coi_declaration DROP CONSTRAINT ck_coi_conflict;
ALTER TABLE coi_declaration ADD COLUMN review VARCHAR(10) NOT NULL DEFAULT 'NONE';
UPDATE coi_declaration SET review = 'ALLOWED' WHERE has_conflict = TRUE AND mitigation_reason IS NOT NULL;
UPDATE coi_declaration SET review = 'PENDING' WHERE has_conflict = TRUE AND mitigation_reason IS NULL;
ALTER TABLE coi_declaration ADD CONSTRAINT ck_coi_review CHECK (review IN ('NONE', 'PENDING', 'ALLOWED', 'EXCLUDED'));
ALTER TABLE coi_declaration ADD CONSTRAINT ck_coi_decision CHECK (
    (review IN ('ALLOWED', 'EXCLUDED') AND mitigation_reason IS NOT NULL AND mitigated_by IS NOT NULL)
    OR (review IN ('NONE', 'PENDING') AND mitigation_reason IS NULL AND mitigated_by IS NULL));

-- The end of scoring: moving an evaluation to CONSENSUS closes every scorecard not submitted
-- (it counts for nothing); re-opening scoring makes closed cards drafts again.
ALTER TABLE scorecard DROP CONSTRAINT ck_scorecard_status;
ALTER TABLE scorecard ADD CONSTRAINT ck_scorecard_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'CLOSED'));
ALTER TABLE leadership_scorecard DROP CONSTRAINT ck_leadership_scorecard_status;
ALTER TABLE leadership_scorecard ADD CONSTRAINT ck_leadership_scorecard_status
    CHECK (status IN ('DRAFT', 'SUBMITTED', 'CLOSED'));

-- When each evaluator first could see colleagues' scores of a vendor: shown them after their own
-- submit (SEEN), or when the evaluation reached consensus (CONSENSUS). Every score they change
-- from then on is marked, on the score and in the audit trail.
CREATE TABLE unblinding (
    evaluation_id BIGINT      NOT NULL,
    vendor_id     BIGINT      NOT NULL,
    user_id       BIGINT      NOT NULL,
    unblinded_at  DATETIME(6) NOT NULL,
    cause         VARCHAR(12) NOT NULL,
    CONSTRAINT pk_unblinding PRIMARY KEY (evaluation_id, vendor_id, user_id),
    CONSTRAINT fk_unblinding_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
    CONSTRAINT fk_unblinding_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_unblinding_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_unblinding_cause CHECK (cause IN ('SEEN', 'CONSENSUS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_unblinding_vendor ON unblinding (vendor_id);
CREATE INDEX ix_unblinding_user ON unblinding (user_id);

ALTER TABLE score ADD COLUMN after_unblinding BOOLEAN NOT NULL DEFAULT FALSE;
-- Why a submitted card was reopened, kept with every change made until it is submitted again.
ALTER TABLE scorecard ADD COLUMN reopen_reason VARCHAR(2000);
ALTER TABLE leadership_scorecard ADD COLUMN reopen_reason VARCHAR(2000);
ALTER TABLE recommendation_score ADD COLUMN after_unblinding BOOLEAN NOT NULL DEFAULT FALSE;

-- The audit trail by evaluation, for its Record tab; marker flags an entry the record must
-- point out (a change made after unblinding, a late correction of a completed visit's log).
ALTER TABLE audit_event ADD COLUMN evaluation_id BIGINT;
ALTER TABLE audit_event ADD COLUMN marker VARCHAR(24);
CREATE INDEX ix_audit_event_evaluation ON audit_event (evaluation_id, occurred_at);

UPDATE audit_event SET evaluation_id = entity_id WHERE entity_type = 'evaluation';
UPDATE audit_event SET evaluation_id = (SELECT v.evaluation_id FROM visit v WHERE v.id = audit_event.entity_id)
    WHERE entity_type = 'visit';
UPDATE audit_event SET evaluation_id = (SELECT v.evaluation_id FROM scorecard s JOIN visit v ON v.id = s.visit_id
    WHERE s.id = audit_event.entity_id) WHERE entity_type = 'scorecard';
UPDATE audit_event SET evaluation_id = (SELECT v.evaluation_id FROM leadership_scorecard s JOIN visit v ON v.id = s.visit_id
    WHERE s.id = audit_event.entity_id) WHERE entity_type = 'leadership_scorecard';
UPDATE audit_event SET evaluation_id = (SELECT v.evaluation_id FROM observed_call c JOIN visit v ON v.id = c.visit_id
    WHERE c.id = audit_event.entity_id) WHERE entity_type = 'observed_call';
UPDATE audit_event SET evaluation_id = (SELECT v.evaluation_id FROM recommendation r JOIN visit v ON v.id = r.visit_id
    WHERE r.id = audit_event.entity_id) WHERE entity_type = 'recommendation';
