-- A recommendation criterion may take the scale minimum when the lead flags the recommendation
-- as a thinly veiled upsell (RUBRICS.md: "thinly veiled upsells score 1 on R1/R7"). The shipped
-- recommendation rubric has always said so in its guidance; now the engine applies it.
ALTER TABLE criterion ADD COLUMN upsell_minimum BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE criterion SET upsell_minimum = TRUE
WHERE code IN ('R1', 'R7') AND section_id IN (
    SELECT s.id FROM rubric_section s
    JOIN rubric_version v ON v.id = s.rubric_version_id
    JOIN rubric r ON r.id = v.rubric_id
    WHERE r.library_key = 'leadership-recommendation' AND v.version_number = 1);
