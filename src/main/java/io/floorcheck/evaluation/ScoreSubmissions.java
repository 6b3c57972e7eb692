package io.floorcheck.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * The scorecards of one kind (visit or leadership), as the evaluation's rules need them:
 * implemented by the scoring features, declared here so the blind rule and the end of scoring
 * can ask them without evaluation depending on those features.
 */
public interface ScoreSubmissions {

    /**
     * Whether the user has submitted every card of this kind they owe for the vendor (one per
     * visit to it they attend that is not cancelled, complete as the visit stands now) and has
     * no draft of this kind left for it. False for a user who owes none.
     */
    boolean submittedAll(long evaluationId, long vendorId, long userId);

    /** Whether the user attends (or attended) a visit to the vendor that is not cancelled, so owes cards. */
    boolean owes(long evaluationId, long vendorId, long userId);

    /** Every card of this kind the evaluation's attendees owe and have not submitted, started or not. */
    List<OpenCard> open(long evaluationId);

    /** Closes every draft card of the evaluation (scoring is over); returns the cards closed. */
    List<OpenCard> close(long evaluationId, Instant at);

    /** Makes the evaluation's closed cards drafts again (scoring re-opened, for the reason given); returns how many. */
    int reopenClosed(long evaluationId, String reason);

    /**
     * A card not submitted. {@code scorecardId} is null for a card never opened; {@code scored}
     * and {@code total} count its items.
     */
    record OpenCard(String kind, Long scorecardId, long userId, long vendorId, long visitId, String site, int scored,
            int total) {
    }
}
