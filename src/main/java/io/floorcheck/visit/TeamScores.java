package io.floorcheck.visit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.floorcheck.evaluation.BlindWait;
import io.floorcheck.rubric.RubricVersion;

/**
 * The attendees' scorecards of a visit as the current user may see them. Who has submitted is
 * no secret; the scores are: {@code scoresVisible} is false, and every card's scores empty,
 * until the blind rule lets the user read colleagues' scores for the vendor. Only submitted
 * scores are ever shown to others. {@code viewerWaits} says what the viewer waits for while they are hidden
 * (and whether the viewer scores the vendor at all).
 */
public record TeamScores(boolean scoresVisible, BlindWait viewerWaits, RubricVersion rubric, List<Card> cards,
        long viewerId) {

    public TeamScores {
        cards = List.copyOf(cards);
    }

    /** Whether the viewer has submitted their own card of this visit. */
    public boolean viewerSubmitted() {
        return cards.stream().anyMatch(card -> card.evaluatorId() == viewerId && card.submittedAt() != null);
    }

    /** One attendee's scorecard; status null when they have not opened one yet. */
    public record Card(long evaluatorId, String name, ScorecardStatus status, Instant submittedAt,
            Map<String, ScoreEntry> scores) {

        public Card {
            scores = Map.copyOf(scores);
        }
    }
}
