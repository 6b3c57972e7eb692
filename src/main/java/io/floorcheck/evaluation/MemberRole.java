package io.floorcheck.evaluation;

/** What someone does in one evaluation (independent of their application role). */
public enum MemberRole {
    /** A procurement user running the evaluation. */
    LEAD,
    /** Goes on visits and scores. */
    EVALUATOR,
    /** Leadership: reads results and reports only. */
    READER
}
