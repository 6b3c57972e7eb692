package io.floorcheck.evaluation;

/** What the lead decides about a declaration waiting for them. */
public enum CoiDecision {
    /** The evaluator contributes for the vendor after all, with the mitigation given as reason. */
    ALLOW,
    /** The evaluator contributes nothing for the vendor. */
    EXCLUDE
}
