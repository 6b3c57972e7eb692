package io.floorcheck.recommendation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.floorcheck.evaluation.ContributionGate;
import io.floorcheck.rubric.RubricVersion;
import io.floorcheck.visit.ScoreEntry;
import io.floorcheck.visit.ScorecardCheck;
import io.floorcheck.visit.ScorecardStatus;

/**
 * The current user's leadership scorecard for a visit, whole: the debrief's recommendations
 * still standing (merged duplicates are scored through the one kept), each scored against the
 * recommendation rubric version, and the session against the session rubric version.
 * {@code editable} is false once submitted, when the evaluation has left OPEN, or when the author
 * may no longer score the vendor; {@code mayReopen} tells whether a submitted one may be reopened.
 * {@code gate} says why its author may not contribute for the vendor now (null when they may).
 */
public record LeadershipScorecard(long id, int version, long visitId, String vendorName, String siteCity,
        ScorecardStatus status, Instant submittedAt, boolean editable, boolean mayReopen,
        RubricVersion recommendationRubric, RubricVersion sessionRubric, List<Recommendation> recommendations,
        Map<Long, Map<String, ScoreEntry>> recommendationScores, Map<String, ScoreEntry> sessionScores,
        String resumeAt, ContributionGate gate) {

    public LeadershipScorecard {
        recommendations = List.copyOf(recommendations);
        Map<Long, Map<String, ScoreEntry>> copy = new HashMap<>();
        recommendationScores.forEach((recommendation, byCode) -> copy.put(recommendation, Map.copyOf(byCode)));
        recommendationScores = Map.copyOf(copy);
        sessionScores = Map.copyOf(sessionScores);
    }

    /** A criterion's stored score, for a recommendation or (recommendation null) for the session. */
    public ScoreEntry score(Long recommendationId, String criterionCode) {
        Map<String, ScoreEntry> scores = recommendationId == null ? sessionScores
                : recommendationScores.getOrDefault(recommendationId, Map.of());
        return scores.getOrDefault(criterionCode, ScoreEntry.blank(criterionCode));
    }

    public List<Long> recommendationIds() {
        return recommendations.stream().map(Recommendation::id).toList();
    }

    public ScorecardCheck.Progress progress() {
        return LeadershipCheck.progress(recommendationRubric, sessionRubric, recommendationIds(),
                recommendationScores, sessionScores);
    }

    /** Every item's key in the order the scorecard shows them. */
    public List<String> order() {
        return LeadershipCheck.order(recommendationRubric, sessionRubric, recommendationIds());
    }
}
