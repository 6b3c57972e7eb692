package io.floorcheck.scoring;

/** The three scored parts of an evaluation, each with its own rubric. */
public enum Part {
    /** The shadow visit of the vendor's floor. */
    VISIT,
    /** Each recommendation the vendor's leadership made in the debrief. */
    RECOMMENDATION,
    /** The leadership debrief session as a whole. */
    SESSION
}
