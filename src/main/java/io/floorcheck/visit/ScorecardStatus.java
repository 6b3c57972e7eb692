package io.floorcheck.visit;

/** A scorecard is a draft while its author scores, and read-only once submitted (until reopened). */
public enum ScorecardStatus {
    DRAFT, SUBMITTED
}
