-- Floorcheck's default rubric library: the rubrics shipped with the product (the shadow-visit
-- rubric and the two leadership rubrics from RUBRICS.md), each as published version 1. Seeded in
-- every database. The app never changes a published version: procurement copies a rubric, or
-- drafts a new version, to adapt it.
-- Rows are never given explicit ids: each child row finds its parent by natural keys
-- (rubric.library_key, rubric_version.version_number, rubric_section.code, criterion.code), so the
-- script runs unchanged on MySQL, MariaDB and H2 (MySQL mode).

-- Rubrics.
INSERT INTO rubric (library_key, name, purpose, description, owner_id, created_at, version)
VALUES ('shadow-visit', 'BPO contact-centre shadow visit', 'SHADOW_VISIT',
        'For executives shadowing a BPO contact-centre vendor on its own floor. Five gate items are pass/fail and unweighted: failing any of them makes the vendor not recommendable unless a documented waiver is granted. Nine weighted sections (weights total 100) are scored 1-5 per criterion. A criterion scores the mean across evaluators (or their consensus), a section the mean of its criteria (N/A excluded), and the overall score is the sum over sections of weight x (section score - 1) / 4, on a 0-100 scale, shown alongside gate status, its bootstrap confidence interval and evaluator agreement. Observed quality and operations carry the most weight. Hard compliance controls are gates rather than averaged away, and cost is not scored here: it is priced in the commercial evaluation.',
        NULL, '2026-01-01 00:00:00', 0);
INSERT INTO rubric (library_key, name, purpose, description, owner_id, created_at, version)
VALUES ('leadership-recommendation', 'Leadership recommendation', 'RECOMMENDATION',
        'Scores each change recommendation that the vendor''s leadership makes for our own call centre. Log every recommendation as a separate item with its proposer, a one-line summary and the KPI it targets. Evaluators score each item independently and then reach consensus. Duplicate recommendations are merged before averaging, and thinly veiled upsells score 1 on R1 and R7 (flagged, not deleted).',
        NULL, '2026-01-01 00:00:00', 0);
INSERT INTO rubric (library_key, name, purpose, description, owner_id, created_at, version)
VALUES ('leadership-session', 'Leadership session', 'LEADERSHIP_SESSION',
        'Scored once per vendor leadership team, on the session as a whole rather than on single recommendations. By default the leadership score = 0.7 x the mean of the per-recommendation scores + 0.3 x this session score.',
        NULL, '2026-01-01 00:00:00', 0);

-- Published version 1 of each.
INSERT INTO rubric_version (rubric_id, version_number, status, scale_guidance, evidence_at_most,
                            evidence_at_least, change_note, created_at, published_at, version)
SELECT r.id, 1, 'PUBLISHED',
       '1 = absent, or contradicted by what we saw. 2 = ad hoc, with major gaps. 3 = defined and mostly practised: a reasonable baseline. 4 = consistently practised and measured, with evidence shown. 5 = measured and improving, and it held up under an unscripted check. N/A may be chosen where a criterion does not apply: it is excluded and the remaining weights are renormalised.',
       2, 4, 'Shipped with Floorcheck', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0
FROM rubric r
WHERE r.library_key = 'shadow-visit';
INSERT INTO rubric_version (rubric_id, version_number, status, scale_guidance, evidence_at_most,
                            evidence_at_least, change_note, created_at, published_at, version)
SELECT r.id, 1, 'PUBLISHED',
       '1 = absent, or contradicted by what we saw. 2 = ad hoc, with major gaps. 3 = defined and mostly practised: a reasonable baseline. 4 = consistently practised and measured, with evidence shown. 5 = measured and improving, and it held up under an unscripted check. N/A may be chosen where a criterion does not apply: it is excluded and the remaining weights are renormalised.',
       2, 4, 'Shipped with Floorcheck', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0
FROM rubric r
WHERE r.library_key = 'leadership-recommendation';
INSERT INTO rubric_version (rubric_id, version_number, status, scale_guidance, evidence_at_most,
                            evidence_at_least, change_note, created_at, published_at, version)
SELECT r.id, 1, 'PUBLISHED',
       '1 = absent, or contradicted by what we saw. 2 = ad hoc, with major gaps. 3 = defined and mostly practised: a reasonable baseline. 4 = consistently practised and measured, with evidence shown. 5 = measured and improving, and it held up under an unscripted check. N/A may be chosen where a criterion does not apply: it is excluded and the remaining weights are renormalised.',
       2, 4, 'Shipped with Floorcheck', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0
FROM rubric r
WHERE r.library_key = 'leadership-session';

-- ==== Shadow visit: gate items (pass/fail, unweighted) ====
INSERT INTO rubric_section (rubric_version_id, sort_order, code, title, guidance, weight)
SELECT v.id, 1, 'G', 'Gate items',
       'Pass/fail checks that carry no weight. A fail marks the vendor not recommendable unless a documented waiver is granted: hard controls are knock-outs, not averaged away.',
       NULL
FROM rubric_version v
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1;
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 1, 'G1', 'Card / sensitive data',
       'Listen to a payment call and to a recording of one: does the agent ever hear or key in card digits, and who pauses the recording?',
       NULL, 0, 1, FALSE, TRUE,
       'Agents do not hear or see full card data (DTMF masking or equivalent), or any pause and resume of recording is automatic, and the recordings we are shown are free of card data.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = 'G';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 2, 'G2', 'Device and print control on the floor',
       'Walk the floor: where are personal phones kept, can agents print, and is anything written down on desks?',
       NULL, 0, 1, FALSE, TRUE,
       'Personal phones and printing are restricted as the client''s data class requires, and a clean desk is observed.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = 'G';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 3, 'G3', 'Physical and logical access',
       'Note the doors you badge through, who can enter the client area, and what an agent''s screen shows when they step away.',
       NULL, 0, 1, FALSE, TRUE,
       'Areas are badge-controlled, client-dedicated space is in place if it was promised, and screen locks are observed in use.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = 'G';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 4, 'G4', 'Continuity evidence',
       'Ask for the plan itself and the report of the most recent test, not a summary slide, and note the test date and what it found.',
       NULL, 0, 1, FALSE, TRUE,
       'The BCP/DR plan and the results of its latest test are shown on site.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = 'G';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 5, 'G5', 'Transparency of the visit',
       'Pick agents and queues yourself, sit alone with them, and hold the focus group with no manager in the room. Record any refusal.',
       NULL, 0, 1, FALSE, TRUE,
       'Our executives may choose the agents or queues to shadow, sit with them unsupervised, and run a focus group with no managers present.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = 'G';

-- ==== Shadow visit: section 1, Live-call interaction quality (weight 20) ====
INSERT INTO rubric_section (rubric_version_id, sort_order, code, title, guidance, weight)
SELECT v.id, 2, '1', 'Live-call interaction quality',
       'How calls are actually handled, judged on live calls we listen to, including hard ones we pick ourselves.',
       20
FROM rubric_version v
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1;
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 1, 'Observed calls with wrong information, unresolved issues, or missed mandatory disclosures. Agents can''t explain their own process.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '1';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 2, 'Frequent avoidable holds or transfers. Quality depends on the individual agent, with occasional compliance slips.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '1';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 3, 'Most calls resolved correctly and compliance steps followed, with minor tone or customer-effort issues.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '1';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 4, 'Almost all observed calls resolved first time with accurate information, in a natural tone and with fluent use of the tools.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '1';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 5, 'Every observed call, including hard ones we picked, handled to a standard we would use for training. Agents proactively prevent repeat contacts.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '1';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 1, '1.1', 'Issue diagnosis & accuracy',
       'Listen for whether the agent finds the real cause quickly and gives information that is correct against the knowledge base.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '1';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 2, '1.2', 'Resolution / ownership (FCR behaviours)',
       'Note whether the agent resolves the issue on the call, or owns the follow-up, rather than passing the customer on or asking them to call back.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '1';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 3, '1.3', 'Tone, empathy, customer effort',
       'Listen for a natural, respectful tone and for how much the customer has to repeat, spell out or chase.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '1';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 4, '1.4', 'Compliance scripts & disclosures',
       'Check that mandatory scripts, identity checks and disclosures are delivered in full and at the right moment.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '1';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 5, '1.5', 'Holds / transfers / escalations handled cleanly',
       'Watch holds and transfers: announced, brief, warm where needed, and escalated only when warranted.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '1';

-- ==== Shadow visit: section 2, Service delivery & workforce management (weight 15) ====
INSERT INTO rubric_section (rubric_version_id, sort_order, code, title, guidance, weight)
SELECT v.id, 3, '2', 'Service delivery & workforce management',
       'Whether the vendor meets its service-level targets, reports them honestly, and runs forecasting, scheduling and real-time management well.',
       15
FROM rubric_version v
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1;
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 1, 'Can''t produce historical KPIs or their definitions.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '2';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 2, 'Data shown, but targets often missed or definitions flattering (e.g. abandons excluded).'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '2';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 3, 'Targets met most months, with standard WFM practice and documented definitions.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '2';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 4, 'Targets met consistently. Intraday re-forecasting and adherence are tracked and variance is explained.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '2';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 5, 'Exceeds targets, and shows peak-scenario planning and measured improvements from WFM changes.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '2';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 1, '2.1', 'SL / ASA / abandon vs target, 3-6 months of evidence',
       'Ask for monthly service level, ASA and abandon rate against target for the last 3-6 months, not a single good month.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '2';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 2, '2.2', 'Transparent KPI definitions (abandons in SL denominator)',
       'Read the written KPI definitions and check that abandoned calls count in the service-level denominator.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '2';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 3, '2.3', 'Forecasting & capacity planning',
       'Ask to see the forecast, its accuracy over recent months, and how it turns into staffing and hiring plans.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '2';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 4, '2.4', 'Scheduling, adherence & real-time desk',
       'Visit the real-time desk and see how schedules are built, adherence is tracked and intraday changes are made.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '2';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 5, '2.5', 'Shrinkage & occupancy control',
       'Ask for shrinkage and occupancy against plan and what the vendor does when they drift.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '2';

-- ==== Shadow visit: section 3, QA & calibration process (weight 10) ====
INSERT INTO rubric_section (rubric_version_id, sort_order, code, title, guidance, weight)
SELECT v.id, 4, '3', 'QA & calibration process',
       'How the vendor measures call quality and keeps its evaluators consistent, and whether QA results lead to coaching.',
       10
FROM rubric_version v
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1;
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 1, 'No formal QA.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '3';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 2, 'QA exists, but with a tiny sample and no calibration or dispute path.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '3';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 3, 'Documented scorecard, regular calibration sessions and a dispute path.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '3';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 4, 'Calibration tracked with an agreement number and outliers followed up. QA results drive coaching plans.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '3';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 5, 'Also grades the graders, links QA to CSAT and FCR outcomes, and invites the client into calibration.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '3';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 1, '3.1', 'Sampling coverage & method',
       'Ask how many contacts per agent per month are evaluated and how they are chosen.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '3';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 2, '3.2', 'Scorecard with anchors and auto-fail for compliance',
       'Look at the scorecard: every item should have anchored definitions, and a compliance miss should fail the evaluation automatically.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '3';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 3, '3.3', 'Calibration cadence with a tracked agreement number',
       'Ask how often calibration sessions run and to see the agreement figure tracked over time.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '3';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 4, '3.4', 'Agent dispute path',
       'Ask agents how they challenge a QA score they disagree with and what happened the last time they did.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '3';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 5, '3.5', 'QA to coaching loop',
       'Trace one QA finding through to a coaching session and a later re-check of the same agent.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '3';

-- ==== Shadow visit: section 4, People: hiring, training, coaching, supervision (weight 15) ====
INSERT INTO rubric_section (rubric_version_id, sort_order, code, title, guidance, weight)
SELECT v.id, 5, '4', 'People: hiring, training, coaching, supervision',
       'How agents are hired, brought to proficiency, coached and supervised, and how they find the knowledge they need.',
       15
FROM rubric_version v
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1;
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 1, 'No structured onboarding. Spans of control far over target.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '4';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 2, 'Training exists, but agents go live without proficiency checks and coaching is rare.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '4';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 3, 'Defined curriculum and nesting, regular coaching, and spans near target.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '4';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 4, 'Proficiency sign-off, coaching logged and tied to QA, and a current knowledge base.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '4';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 5, 'Measurable ramp curves, coaching effectiveness tracked, and a strong bench of team leaders.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '4';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 1, '4.1', 'Hiring profile & assessments',
       'Ask for the hiring profile and the assessments candidates must pass, such as language, typing or role-play.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '4';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 2, '4.2', 'Onboarding / nesting with proficiency sign-off',
       'See the onboarding curriculum and nesting period, and who signs off that an agent is proficient before going live.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '4';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 3, '4.3', 'Coaching cadence',
       'Ask team leaders how often each agent is coached and look at the coaching log.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '4';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 4, '4.4', 'Team-leader span of control (flag over 1:20)',
       'Count agents per team leader on the floor and flag any span wider than one team leader to 20 agents.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '4';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 5, '4.5', 'Knowledge management',
       'Watch agents search the knowledge base during calls and note whether articles are current and quick to find.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '4';

-- ==== Shadow visit: section 5, Attrition & engagement (weight 10) ====
INSERT INTO rubric_section (rubric_version_id, sort_order, code, title, guidance, weight)
SELECT v.id, 6, '5', 'Attrition & engagement',
       'How many agents leave and how soon, whether the vendor understands why, and how engaged the floor is.',
       10
FROM rubric_version v
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1;
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 1, 'Won''t disclose attrition, or it is very high with no analysis.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '5';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 2, 'High early attrition with unknown reasons. The floor is disengaged.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '5';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 3, 'Attrition disclosed with a split before and after 90 days, and some retention actions.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '5';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 4, 'Attrition at or below market with tracked drivers. The focus group is positive and candid.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '5';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 5, 'Sustained low attrition and visible internal promotions. Agents speak well of the employer unprompted.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '5';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 1, '5.1', 'Annual attrition & under-90-day attrition',
       'Ask for annual attrition and for attrition within the first 90 days, for the site and for a comparable programme.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '5';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 2, '5.2', 'Exit reasons analysed',
       'Ask what exit interviews show and what the vendor changed because of them.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '5';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 3, '5.3', 'Engagement seen on floor / break room / focus group',
       'Observe the mood on the floor and in the break room, and how candidly agents speak in the focus group.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '5';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 4, '5.4', 'Site location & amenities',
       'Note the commute, the safety of the area and the amenities agents have on site.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '5';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 5, '5.5', 'Internal promotion paths',
       'Ask how many team leaders and managers were promoted from the floor, and meet some of them.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '5';

-- ==== Shadow visit: section 6, Escalation & complaint handling (weight 8) ====
INSERT INTO rubric_section (rubric_version_id, sort_order, code, title, guidance, weight)
SELECT v.id, 7, '6', 'Escalation & complaint handling',
       'How escalations and complaints are routed, owned, resolved and kept from recurring, and when the client is told.',
       8
FROM rubric_version v
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1;
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 1, 'No defined escalation path.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '6';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 2, 'A path exists on paper, but agents are unsure of it.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '6';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 3, 'Tiers, ownership and timelines are defined and known.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '6';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 4, 'Complaints are logged and trended, and root causes are fixed.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '6';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 5, 'A closed loop with the client, with a measured reduction in repeat issues.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '6';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 1, '6.1', 'Defined tiers & ownership',
       'Ask for the escalation tiers and who owns each, then check that agents can describe them.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '6';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 2, '6.2', 'Complaint capture and resolution (ISO 18295-1 clause 4)',
       'Ask how complaints are logged, acknowledged and resolved, and within what timelines, against ISO 18295-1 clause 4.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '6';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 3, '6.3', 'Root cause & corrective action',
       'Ask for a recent complaint trend and a root cause that was fixed, and what changed as a result.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '6';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 4, '6.4', 'Client notification rules',
       'Check which events must be reported to the client, how fast, and by whom.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '6';

-- ==== Shadow visit: section 7, Technology & resilience (weight 8) ====
INSERT INTO rubric_section (rubric_version_id, sort_order, code, title, guidance, weight)
SELECT v.id, 8, '7', 'Technology & resilience',
       'Whether the tools agents use, and the infrastructure behind them, are integrated, resilient and changed under control.',
       8
FROM rubric_version v
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1;
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 1, 'Fragile or manual tooling, with no evidence of redundancy.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '7';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 2, 'Workable tools, but single points of failure.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '7';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 3, 'Integrated desktop and knowledge tools, with documented redundancy.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '7';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 4, 'Uptime evidence matches the claims, and analytics are in use.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '7';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 5, 'Demonstrated failover, and tooling improvements with a measured effect.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '7';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 1, '7.1', 'Agent desktop / CRM / knowledge tools',
       'Watch agents work: count the screens and re-keying between systems, and see whether CRM and knowledge tools are integrated.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '7';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 2, '7.2', 'Telephony & network redundancy, uptime evidence',
       'Ask for the redundancy design of telephony and network and uptime figures for recent months.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '7';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 3, '7.3', 'Recording / speech analytics use',
       'Ask how recordings and speech analytics are used in practice, with a recent insight that was acted on.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '7';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 4, '7.4', 'Change control for client tools',
       'Ask how changes to the client''s tools and configuration are requested, tested, approved and rolled back.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '7';

-- ==== Shadow visit: section 8, Security, privacy & compliance (beyond gates) (weight 7) ====
INSERT INTO rubric_section (rubric_version_id, sort_order, code, title, guidance, weight)
SELECT v.id, 9, '8', 'Security, privacy & compliance (beyond gates)',
       'Security, privacy and compliance controls beyond the gate items: what is documented, and whether the floor actually practises it.',
       7
FROM rubric_version v
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1;
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 1, 'Claims not backed by documents.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '8';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 2, 'Certifications shown, but controls inconsistent on the floor.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '8';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 3, 'Current certifications, and controls observed on the floor.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '8';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 4, 'Access reviews, monitoring and incident drills evidenced.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '8';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 5, 'Independent assurance plus strong floor discipline under spot checks.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '8';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 1, '8.1', 'Certifications / AOC / SOC reports actually shown',
       'Ask to see the certificates, PCI AOC or SOC reports themselves and check their scope and dates.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '8';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 2, '8.2', 'Joiner / mover / leaver access control',
       'Ask how access is granted, changed and removed as agents join, move or leave, and for the latest access review.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '8';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 3, '8.3', 'Monitoring & incident response',
       'Ask how security events are monitored and to see the record of a recent incident or drill.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '8';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 4, '8.4', 'Data retention / residency',
       'Ask where client data is stored and processed, how long it is kept, and how it is deleted.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '8';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 5, '8.5', 'Regulated-process controls',
       'For regulated processes, check the specific controls in use, such as recorded consent, four-eyes checks or audit trails.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '8';

-- ==== Shadow visit: section 9, Reporting, governance & continuous improvement (weight 7) ====
INSERT INTO rubric_section (rubric_version_id, sort_order, code, title, guidance, weight)
SELECT v.id, 10, '9', 'Reporting, governance & continuous improvement',
       'How the vendor reports, governs the relationship and improves the service, and who leads the client account.',
       7
FROM rubric_version v
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1;
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 1, 'Ad hoc reports only.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '9';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 2, 'Standard reports with little insight.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '9';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 3, 'Regular reporting and a governance cadence.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '9';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 4, 'Insightful reporting, with actions tracked.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '9';
INSERT INTO section_level (section_id, score_level, descriptor)
SELECT s.id, 5, 'A proactive improvement programme with measured, client-visible results.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '9';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 1, '9.1', 'Reporting depth & transparency',
       'Look at a real client report: does it explain the numbers and go beyond standard dashboards?',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '9';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 2, '9.2', 'Governance cadence (ops reviews, QBR)',
       'Ask for the cadence of ops reviews and QBRs and see minutes with tracked actions.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '9';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 3, '9.3', 'Improvement examples with measured results',
       'Ask for improvement projects with before-and-after measures, not anecdotes.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '9';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 4, '9.4', 'Named client-dedicated leadership',
       'Ask who would lead our account, by name, and meet them.',
       1, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'shadow-visit' AND v.version_number = 1 AND s.code = '9';

-- ==== Leadership recommendation: scored per recommendation ====
INSERT INTO rubric_section (rubric_version_id, sort_order, code, title, guidance, weight)
SELECT v.id, 1, 'R', 'Recommendation quality',
       'Score each recommendation separately, then reach consensus. Cite the quote or moment behind any score of 1-2 or 4-5. A thinly veiled upsell scores 1 on R1 and R7 and is flagged, not deleted. Duplicate recommendations are merged before averaging.',
       100
FROM rubric_version v
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1;
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 1, 'R1', 'Evidence grounding',
       'Ask where the idea came from: our briefing, data or calls they asked for, or their standard playbook.',
       25, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 2, 'R2', 'Specificity & actionability',
       'Could we start on Monday: is it clear what changes, who owns it, and what happens first?',
       20, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 3, 'R3', 'Impact logic & sizing',
       'Look for the KPI it moves, by how much from what baseline, and why the change would move it.',
       15, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 4, 'R4', 'Feasibility & implementation',
       'Check that timeline, cost, people and systems have been thought through against our constraints.',
       15, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 5, 'R5', 'Trade-offs & risks',
       'Listen for what could get worse, such as FCR, CX or compliance, and how they would contain it.',
       10, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 6, 'R6', 'Measurement plan',
       'Ask how we would know within weeks whether it works, and when we would stop.',
       10, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 7, 'R7', 'Fit with our context',
       'Check it against our regulation, brand and technology stack. A thinly veiled upsell scores 1 here.',
       5, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';

-- R1 Evidence grounding: levels
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 1, 'Generic advice that could apply to any centre.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R1'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 2, 'Between 1 and 3: mostly generic, with only a passing nod to what we told or showed them.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R1'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 3, 'Draws on what we told them or showed them.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R1'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 4, 'Between 3 and 5: built on what we shared, backed by some concrete observations of their own.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R1'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 5, 'Built on specific data or calls they asked for, and cites concrete observations.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R1'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';

-- R2 Specificity & actionability: levels
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 1, 'A slogan, such as ''use AI'' or ''improve coaching''.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R2'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 2, 'Between 1 and 3: a direction of change, but too vague to act on.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R2'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 3, 'A clear change, but the steps or the owner are unclear.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R2'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 4, 'Between 3 and 5: a clear change with steps and an owner, but no concrete first 30/60/90 days.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R2'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 5, 'A defined change with steps, an owner (ours or theirs) and the first 30/60/90 days.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R2'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';

-- R3 Impact logic & sizing: levels
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 1, 'No KPI named.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R3'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 2, 'Between 1 and 3: a KPI hinted at, with no direction of effect stated.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R3'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 3, 'A KPI named and the direction of the effect stated.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R3'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 4, 'Between 3 and 5: KPI and direction with a baseline or a rough size, but a thin mechanism.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R3'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 5, 'Baseline, expected range, and the mechanism linking the change to the KPI.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R3'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';

-- R4 Feasibility & implementation: levels
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 1, 'Ignores our constraints or the cost.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R4'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 2, 'Between 1 and 3: acknowledges constraints only in general terms.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R4'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 3, 'Mentions dependencies.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R4'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 4, 'Between 3 and 5: dependencies with a rough timeline or cost, but gaps in change management or technology.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R4'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 5, 'Realistic timeline and cost, with change-management and technology dependencies covered.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R4'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';

-- R5 Trade-offs & risks: levels
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 1, 'No trade-offs or risks acknowledged.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R5'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 2, 'Between 1 and 3: risks admitted only when prompted, without specifics.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R5'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 3, 'Some risks noted.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R5'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 4, 'Between 3 and 5: the main side effects named, with partial mitigations.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R5'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 5, 'Names side effects and mitigations (e.g. an AHT push harming FCR or CX, or compliance impacts).'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R5'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';

-- R6 Measurement plan: levels
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 1, 'No measurement plan.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R6'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 2, 'Between 1 and 3: a vague intention to see whether it works.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R6'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 3, 'A KPI to track, as in ''we''ll track KPI X''.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R6'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 4, 'Between 3 and 5: a KPI with a baseline and review points, but no control group or stop/go criteria.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R6'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 5, 'Pilot or control design, leading indicators, and stop/go criteria.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R6'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';

-- R7 Fit with our context: levels
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 1, 'Conflicts with our regulation, brand or technology stack.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R7'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 2, 'Between 1 and 3: ignores our context, with some friction against it.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R7'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 3, 'Neutral: neither conflicts with our context nor is tailored to it.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R7'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 4, 'Between 3 and 5: adapted to parts of our context.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R7'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 5, 'Clearly tailored to our regulatory, brand and technology context.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'R7'
WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1 AND s.code = 'R';

-- ==== Leadership session: scored once per vendor leadership team ====
INSERT INTO rubric_section (rubric_version_id, sort_order, code, title, guidance, weight)
SELECT v.id, 1, 'L', 'Leadership session',
       'Scored once per vendor leadership team, after the debrief, on the session as a whole. Cite the quote or moment behind any score of 1-2 or 4-5.',
       100
FROM rubric_version v
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'leadership-session' AND v.version_number = 1;
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 1, 'L1', 'Prioritisation & sequencing',
       'Did they tell us what to do first and why, weighing value against effort?',
       30, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 2, 'L2', 'Listening & adaptation',
       'Watch what happens when we push back with our data: do they probe, adjust, or repeat the pitch?',
       25, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 3, 'L3', 'Candour about capability & limits',
       'Note whether they volunteer limits and unknowns, or claim they can do everything.',
       20, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 4, 'L4', 'Coverage across people / process / technology',
       'Tally which of people, process and technology the recommendations cover, and whether they connect.',
       15, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion (section_id, sort_order, code, title, guidance, weight, scale_min, scale_max,
                       na_allowed, gate, pass_condition)
SELECT s.id, 5, 'L5', 'Consistency with their own floor',
       'Cross-check each recommendation against what we saw and scored on their floor in the shadow visit.',
       10, 1, 5, TRUE, FALSE,
       NULL
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';

-- L1 Prioritisation & sequencing: levels
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 1, 'An unranked list.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L1'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 2, 'Between 1 and 3: some items called important, but no real order.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L1'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 3, 'A rough ordering.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L1'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 4, 'Between 3 and 5: a reasoned order that weighs value and effort, without making the ranking explicit.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L1'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 5, 'An explicit value/effort ranking that separates quick wins from structural changes.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L1'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';

-- L2 Listening & adaptation: levels
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 1, 'Talks past our questions.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L2'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 2, 'Between 1 and 3: answers some questions, deflects others back to the pitch.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L2'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 3, 'Answers our questions.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L2'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 4, 'Between 3 and 5: answers fully and asks some follow-up questions of their own.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L2'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 5, 'Asks probing questions and revises ideas when challenged with our data.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L2'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';

-- L3 Candour about capability & limits: levels
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 1, 'Over-promises.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L3'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 2, 'Between 1 and 3: confident claims, with caveats only when pressed.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L3'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 3, 'Some caveats.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L3'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 4, 'Between 3 and 5: volunteers clear limits, but not what they would need from us.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L3'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 5, 'States what they don''t know or can''t do, and what they would need from us.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L3'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';

-- L4 Coverage across people / process / technology: levels
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 1, 'A single lens.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L4'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 2, 'Between 1 and 3: one lens dominates, with a second touched on in passing.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L4'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 3, 'Two lenses.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L4'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 4, 'Between 3 and 5: all three lenses covered, but treated separately.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L4'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 5, 'Balanced and connected across people, process and technology.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L4'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';

-- L5 Consistency with their own floor: levels
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 1, 'Recommends what their own site visibly doesn''t do.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L5'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 2, 'Between 1 and 3: mostly inconsistent, with isolated examples of practising it.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L5'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 3, 'Partly consistent.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L5'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 4, 'Between 3 and 5: largely consistent, with minor gaps on their own floor.'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L5'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
INSERT INTO criterion_level (criterion_id, score_level, descriptor)
SELECT c.id, 5, 'Their own operation demonstrably practises what they recommend (cross-checked with the shadow-visit scores).'
FROM rubric_section s
JOIN rubric_version v ON v.id = s.rubric_version_id
JOIN rubric r ON r.id = v.rubric_id
JOIN criterion c ON c.section_id = s.id AND c.code = 'L5'
WHERE r.library_key = 'leadership-session' AND v.version_number = 1 AND s.code = 'L';
