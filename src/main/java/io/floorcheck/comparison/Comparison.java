package io.floorcheck.comparison;

import java.time.Instant;

import io.floorcheck.scoring.ScoringResult;

/** An evaluation's comparison: the data it was computed from, the result, and when. */
public record Comparison(ComparisonData data, ScoringResult result, Instant computedAt, int resamples, long seed) {
}
