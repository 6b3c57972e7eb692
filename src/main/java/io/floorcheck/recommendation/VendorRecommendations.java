package io.floorcheck.recommendation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.floorcheck.evaluation.BlindWait;
import io.floorcheck.rubric.RubricVersion;
import io.floorcheck.visit.ScoreEntry;
import io.floorcheck.visit.ScorecardStatus;
import io.floorcheck.visit.VisitStatus;

/**
 * Everything a vendor's leadership recommended in an evaluation, visit by visit, with the
 * attendees' leadership scores as the current user may see them. Who has submitted is no
 * secret; the scores are: {@code scoresVisible} is false, and every card's scores empty, until
 * the blind rule lets the user read colleagues' scores for the vendor. Only submitted scores are
 * ever shown to others; {@code viewerWaits} says what the viewer waits for while they are hidden.
 */
public record VendorRecommendations(long evaluationId, long vendorId, String vendorName, boolean scoresVisible,
        BlindWait viewerWaits, RubricVersion recommendationRubric, RubricVersion sessionRubric,
        List<VisitDebrief> visits) {

    public VendorRecommendations {
        visits = List.copyOf(visits);
    }

    /** One visit's debrief: the recommendations still standing and each attendee's card. */
    public record VisitDebrief(long visitId, String siteCity, LocalDateTime startsAt, VisitStatus status,
            List<Recommendation> recommendations, List<Card> cards) {

        public VisitDebrief {
            recommendations = List.copyOf(recommendations);
            cards = List.copyOf(cards);
        }
    }

    /**
     * One attendee's leadership scorecard; status null when they have not opened one yet.
     * {@code unscored} counts the items it has not scored among the recommendations standing now
     * (a submitted card misses those captured after its submit).
     */
    public record Card(long evaluatorId, String name, ScorecardStatus status, Instant submittedAt, int unscored,
            Map<Long, Map<String, ScoreEntry>> recommendationScores, Map<String, ScoreEntry> sessionScores) {

        public Card {
            Map<Long, Map<String, ScoreEntry>> copy = new HashMap<>();
            recommendationScores.forEach((id, byCode) -> copy.put(id, Map.copyOf(byCode)));
            recommendationScores = Map.copyOf(copy);
            sessionScores = Map.copyOf(sessionScores);
        }

        public ScoreEntry score(Long recommendationId, String criterionCode) {
            Map<String, ScoreEntry> scores = recommendationId == null ? sessionScores
                    : recommendationScores.getOrDefault(recommendationId, Map.of());
            return scores.getOrDefault(criterionCode, ScoreEntry.blank(criterionCode));
        }
    }
}
