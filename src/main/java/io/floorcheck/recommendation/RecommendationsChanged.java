package io.floorcheck.recommendation;

/**
 * Published when a visit's recommendations change, so that every attendee's open debrief shows
 * the change without reloading. Views hear it after the change is committed.
 */
public record RecommendationsChanged(long visitId) {
}
