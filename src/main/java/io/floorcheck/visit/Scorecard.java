package io.floorcheck.visit;

import java.time.Instant;
import java.util.Map;

import io.floorcheck.evaluation.ContributionGate;
import io.floorcheck.rubric.RubricVersion;

/**
 * The current user's scorecard for a visit, whole: the rubric version it scores against, every
 * stored score by criterion code, and the visit's call log for linking calls as evidence.
 * {@code editable} is false once submitted, when the evaluation has left OPEN, or when the
 * author may no longer score the vendor; {@code mayReopen} tells whether a submitted one may
 * be reopened. {@code calls} is the log as it was at the submit for a submitted card, with
 * {@code callsChangedSince} the figures now when the log has changed since (else null). {@code gate} says why its author may not contribute for the vendor now (null when they may).
 */
public record Scorecard(long id, int version, long visitId, String vendorName, String siteCity,
        ScorecardStatus status, Instant submittedAt, boolean editable, boolean mayReopen, RubricVersion rubric,
        Map<String, ScoreEntry> scores, String resumeAt, CallLog calls, CallFigures callsChangedSince,
        ContributionGate gate) {

    public Scorecard {
        scores = Map.copyOf(scores);
    }

    public ScoreEntry score(String criterionCode) {
        return scores.getOrDefault(criterionCode, ScoreEntry.blank(criterionCode));
    }

    public ScorecardCheck.Progress progress() {
        return ScorecardCheck.progress(rubric, scores);
    }
}
