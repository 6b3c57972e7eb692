package io.floorcheck.evaluation;

/** Where a conflict-of-interest declaration stands with the lead. */
public enum CoiReview {
    /** No conflict declared, and nothing changed after a decision: nothing to decide. */
    NONE,
    /** A conflict declared, or a declaration changed after the lead's decision: waits for the lead. */
    PENDING,
    /** The lead let the evaluator contribute for the vendor, with a mitigation. */
    ALLOWED,
    /** The lead excluded the evaluator from the vendor. */
    EXCLUDED;

    /** Whether the evaluator may contribute for the vendor (score, log calls, capture recommendations). */
    public boolean mayContribute() {
        return this == NONE || this == ALLOWED;
    }
}
