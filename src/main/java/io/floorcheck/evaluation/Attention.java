package io.floorcheck.evaluation;

/** Something that waits for the current user in one of their evaluations. */
public record Attention(Kind kind, long evaluationId, String evaluationName, int count) {

    public enum Kind {
        /** Candidates the user has not yet declared conflicts for. */
        DECLARE_CONFLICTS,
        /** A draft evaluation the user leads, to finish setting up and open. */
        FINISH_SETUP,
        /** Declared conflicts that wait for the lead's decision. */
        REVIEW_CONFLICTS,
        /** Scoring is over (consensus or locked): the comparison is there to read. */
        COMPARISON_READY
    }
}
