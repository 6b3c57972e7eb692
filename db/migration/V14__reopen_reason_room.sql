-- A card re-opened with the evaluation carries "Scoring re-opened: " before the lead's reason,
-- and the reason may use all of its 2000 characters: the columns make room for both.
ALTER TABLE scorecard MODIFY reopen_reason VARCHAR(2100);
ALTER TABLE leadership_scorecard MODIFY reopen_reason VARCHAR(2100);
