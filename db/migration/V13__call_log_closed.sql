-- A logged call carries its date at the site as well as its clock time (a call logged today no
-- longer reads as made before the visit's briefing); one changed by the lead after the visit was
-- completed is marked late. A submitted scorecard keeps the call log as it was at its submit, so
-- the evidence beside a judgement does not move under it.
ALTER TABLE observed_call ADD COLUMN observed_on DATE;
UPDATE observed_call SET observed_on = (SELECT CAST(v.starts_at AS DATE) FROM visit v WHERE v.id = observed_call.visit_id);
ALTER TABLE observed_call ADD COLUMN late BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE scorecard ADD COLUMN calls_at_submit MEDIUMTEXT;
