package io.floorcheck.evaluation;

import java.time.LocalDate;

/**
 * Something that waits for the current user in one of their evaluations. {@code count} is how
 * many (candidates to declare, declarations to decide), or for {@link Kind#DECISION_NEAR} the
 * days left until the decision date {@code date} (negative once it has passed).
 */
public record Attention(Kind kind, long evaluationId, String evaluationName, int count, LocalDate date) {

    /** How close a decision date has to be to come to the team's attention. */
    public static final int DECISION_NEAR_DAYS = 14;

    public Attention(Kind kind, long evaluationId, String evaluationName, int count) {
        this(kind, evaluationId, evaluationName, count, null);
    }

    public enum Kind {
        /** Candidates the user has not yet declared conflicts for. */
        DECLARE_CONFLICTS,
        /** A draft evaluation the user leads, to finish setting up and open. */
        FINISH_SETUP,
        /** Declared conflicts that wait for the lead's decision. */
        REVIEW_CONFLICTS,
        /** Scoring is over and the lead runs consensus: disputed items wait for an agreed value, then the lock. */
        REACH_CONSENSUS,
        /** The evaluation is not locked and its decision date is near (or past). */
        DECISION_NEAR,
        /** Scoring is over (consensus or locked): the comparison is there to read. */
        COMPARISON_READY
    }
}
