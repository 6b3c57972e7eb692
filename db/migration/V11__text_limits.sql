-- Every free text has a length limit, enforced by the services with a clear message and here by
-- the column, so no path around the services can store a 3 MB declaration that every member's
-- page then renders. Texts already longer (possible only before these limits) are cut first.
-- Audit values are capped by the trail itself (AuditRepository.cap); cutting an over-long one
-- here is the only change this migration makes to the append-only trail.

UPDATE audit_event SET old_value = SUBSTRING(old_value, 1, 8000) WHERE CHAR_LENGTH(old_value) > 8000;
UPDATE audit_event SET new_value = SUBSTRING(new_value, 1, 8000) WHERE CHAR_LENGTH(new_value) > 8000;
UPDATE audit_event SET reason = SUBSTRING(reason, 1, 8000) WHERE CHAR_LENGTH(reason) > 8000;
UPDATE rubric SET description = SUBSTRING(description, 1, 4000) WHERE CHAR_LENGTH(description) > 4000;
UPDATE rubric_version SET scale_guidance = SUBSTRING(scale_guidance, 1, 4000) WHERE CHAR_LENGTH(scale_guidance) > 4000;
UPDATE rubric_version SET change_note = SUBSTRING(change_note, 1, 4000) WHERE CHAR_LENGTH(change_note) > 4000;
UPDATE rubric_section SET guidance = SUBSTRING(guidance, 1, 4000) WHERE CHAR_LENGTH(guidance) > 4000;
UPDATE section_level SET descriptor = SUBSTRING(descriptor, 1, 4000) WHERE CHAR_LENGTH(descriptor) > 4000;
UPDATE criterion SET guidance = SUBSTRING(guidance, 1, 4000) WHERE CHAR_LENGTH(guidance) > 4000;
UPDATE criterion SET pass_condition = SUBSTRING(pass_condition, 1, 4000) WHERE CHAR_LENGTH(pass_condition) > 4000;
UPDATE criterion_level SET descriptor = SUBSTRING(descriptor, 1, 4000) WHERE CHAR_LENGTH(descriptor) > 4000;
UPDATE vendor SET description = SUBSTRING(description, 1, 4000) WHERE CHAR_LENGTH(description) > 4000;
UPDATE vendor SET notes = SUBSTRING(notes, 1, 4000) WHERE CHAR_LENGTH(notes) > 4000;
UPDATE evaluation SET scope = SUBSTRING(scope, 1, 4000) WHERE CHAR_LENGTH(scope) > 4000;
UPDATE coi_declaration SET description = SUBSTRING(description, 1, 2000) WHERE CHAR_LENGTH(description) > 2000;
UPDATE coi_declaration SET mitigation_reason = SUBSTRING(mitigation_reason, 1, 2000) WHERE CHAR_LENGTH(mitigation_reason) > 2000;
UPDATE visit SET notes = SUBSTRING(notes, 1, 4000) WHERE CHAR_LENGTH(notes) > 4000;
UPDATE visit SET cancel_reason = SUBSTRING(cancel_reason, 1, 2000) WHERE CHAR_LENGTH(cancel_reason) > 2000;
UPDATE visit SET hospitality = SUBSTRING(hospitality, 1, 2000) WHERE CHAR_LENGTH(hospitality) > 2000;
UPDATE visit SET integrity_note = SUBSTRING(integrity_note, 1, 2000) WHERE CHAR_LENGTH(integrity_note) > 2000;
UPDATE visit_agenda_item SET notes = SUBSTRING(notes, 1, 2000) WHERE CHAR_LENGTH(notes) > 2000;
UPDATE expectation SET reason = SUBSTRING(reason, 1, 2000) WHERE CHAR_LENGTH(reason) > 2000;
UPDATE observed_call SET note = SUBSTRING(note, 1, 4000) WHERE CHAR_LENGTH(note) > 4000;
UPDATE score SET evidence = SUBSTRING(evidence, 1, 4000) WHERE CHAR_LENGTH(evidence) > 4000;
UPDATE recommendation SET description = SUBSTRING(description, 1, 4000) WHERE CHAR_LENGTH(description) > 4000;
UPDATE recommendation SET expected_effect = SUBSTRING(expected_effect, 1, 4000) WHERE CHAR_LENGTH(expected_effect) > 4000;
UPDATE recommendation SET upsell_note = SUBSTRING(upsell_note, 1, 4000) WHERE CHAR_LENGTH(upsell_note) > 4000;
UPDATE recommendation_score SET evidence = SUBSTRING(evidence, 1, 4000) WHERE CHAR_LENGTH(evidence) > 4000;

ALTER TABLE audit_event ADD CONSTRAINT ck_audit_event_old_value_length CHECK (CHAR_LENGTH(old_value) <= 8000);
ALTER TABLE audit_event ADD CONSTRAINT ck_audit_event_new_value_length CHECK (CHAR_LENGTH(new_value) <= 8000);
ALTER TABLE audit_event ADD CONSTRAINT ck_audit_event_reason_length CHECK (CHAR_LENGTH(reason) <= 8000);
ALTER TABLE rubric ADD CONSTRAINT ck_rubric_description_length CHECK (CHAR_LENGTH(description) <= 4000);
ALTER TABLE rubric_version ADD CONSTRAINT ck_rubric_version_scale_guidance_length CHECK (CHAR_LENGTH(scale_guidance) <= 4000);
ALTER TABLE rubric_version ADD CONSTRAINT ck_rubric_version_change_note_length CHECK (CHAR_LENGTH(change_note) <= 4000);
ALTER TABLE rubric_section ADD CONSTRAINT ck_rubric_section_guidance_length CHECK (CHAR_LENGTH(guidance) <= 4000);
ALTER TABLE section_level ADD CONSTRAINT ck_section_level_descriptor_length CHECK (CHAR_LENGTH(descriptor) <= 4000);
ALTER TABLE criterion ADD CONSTRAINT ck_criterion_guidance_length CHECK (CHAR_LENGTH(guidance) <= 4000);
ALTER TABLE criterion ADD CONSTRAINT ck_criterion_pass_condition_length CHECK (CHAR_LENGTH(pass_condition) <= 4000);
ALTER TABLE criterion_level ADD CONSTRAINT ck_criterion_level_descriptor_length CHECK (CHAR_LENGTH(descriptor) <= 4000);
ALTER TABLE vendor ADD CONSTRAINT ck_vendor_description_length CHECK (CHAR_LENGTH(description) <= 4000);
ALTER TABLE vendor ADD CONSTRAINT ck_vendor_notes_length CHECK (CHAR_LENGTH(notes) <= 4000);
ALTER TABLE evaluation ADD CONSTRAINT ck_evaluation_scope_length CHECK (CHAR_LENGTH(scope) <= 4000);
ALTER TABLE coi_declaration ADD CONSTRAINT ck_coi_declaration_description_length CHECK (CHAR_LENGTH(description) <= 2000);
ALTER TABLE coi_declaration ADD CONSTRAINT ck_coi_declaration_mitigation_reason_length CHECK (CHAR_LENGTH(mitigation_reason) <= 2000);
ALTER TABLE visit ADD CONSTRAINT ck_visit_notes_length CHECK (CHAR_LENGTH(notes) <= 4000);
ALTER TABLE visit ADD CONSTRAINT ck_visit_cancel_reason_length CHECK (CHAR_LENGTH(cancel_reason) <= 2000);
ALTER TABLE visit ADD CONSTRAINT ck_visit_hospitality_length CHECK (CHAR_LENGTH(hospitality) <= 2000);
ALTER TABLE visit ADD CONSTRAINT ck_visit_integrity_note_length CHECK (CHAR_LENGTH(integrity_note) <= 2000);
ALTER TABLE visit_agenda_item ADD CONSTRAINT ck_visit_agenda_item_notes_length CHECK (CHAR_LENGTH(notes) <= 2000);
ALTER TABLE expectation ADD CONSTRAINT ck_expectation_reason_length CHECK (CHAR_LENGTH(reason) <= 2000);
ALTER TABLE observed_call ADD CONSTRAINT ck_observed_call_note_length CHECK (CHAR_LENGTH(note) <= 4000);
ALTER TABLE score ADD CONSTRAINT ck_score_evidence_length CHECK (CHAR_LENGTH(evidence) <= 4000);
ALTER TABLE recommendation ADD CONSTRAINT ck_recommendation_description_length CHECK (CHAR_LENGTH(description) <= 4000);
ALTER TABLE recommendation ADD CONSTRAINT ck_recommendation_expected_effect_length CHECK (CHAR_LENGTH(expected_effect) <= 4000);
ALTER TABLE recommendation ADD CONSTRAINT ck_recommendation_upsell_note_length CHECK (CHAR_LENGTH(upsell_note) <= 4000);
ALTER TABLE recommendation_score ADD CONSTRAINT ck_recommendation_score_evidence_length CHECK (CHAR_LENGTH(evidence) <= 4000);
