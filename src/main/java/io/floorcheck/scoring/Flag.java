package io.floorcheck.scoring;

/** What a vendor's result says about how it was computed: nothing is ever silently zero. */
public enum Flag {
    /** No visit score at all: the overall is the leadership part alone. */
    VISIT_PART_MISSING,
    /** No leadership score at all: the overall is the visit part alone. */
    LEADERSHIP_PART_MISSING,
    /** No recommendation recorded (or none scored): the leadership part is the session value. */
    NO_RECOMMENDATIONS,
    /** No session score: the leadership part is the recommendations' mean. */
    NO_SESSION_SCORE,
    /** A visit section had every criterion N/A: left out, the other sections' weights renormalised. */
    SECTION_EXCLUDED,
    /** Nothing scored: no overall, no rank. */
    NOT_SCORED,
    /** A gate failed without a waiver: keeps its score and rank, never the recommendation. */
    GATE_FAILED,
    /** A gate failed and was waived. */
    GATE_WAIVED,
    /** A gate nobody marked. */
    GATE_UNSCORED
}
