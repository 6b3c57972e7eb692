package io.floorcheck.rubric;

/** What a rubric is used to score. */
public enum RubricPurpose {
    /** What executives observe on a candidate's contact-center floor. */
    SHADOW_VISIT,
    /** Each change recommendation the candidate's leadership makes for the buyer's center. */
    RECOMMENDATION,
    /** How the candidate's leadership team ran the recommendation discussion as a whole. */
    LEADERSHIP_SESSION
}
