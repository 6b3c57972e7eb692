package io.floorcheck.scoring;

/** A gate's outcome for a vendor; a vendor's overall gate status is its worst gate's. */
public enum GateStatus {
    /** Every mark (or the agreed value) is a pass. */
    PASS,
    /** Failed, and a waiver with an approver and a reason lets it pass. */
    WAIVED,
    /** Nobody marked it. */
    UNSCORED,
    /** The agreed value is a fail or, without one, someone marked it failed: not recommendable. */
    FAIL
}
