package io.floorcheck.visit;

/**
 * A scorecard is a draft while its author scores, and read-only once submitted (until
 * reopened). A card still a draft when the lead ends scoring is closed: it counts for nothing,
 * and is a draft again only if scoring is re-opened.
 */
public enum ScorecardStatus {
    DRAFT, SUBMITTED, CLOSED
}
