package io.floorcheck.scoring;

/**
 * What an attendee expected of a section before the visit against what they then scored it, both
 * on 0–100: {@code gap} = scored − expected (above zero: better than expected).
 */
public record PerceptionGap(String evaluator, long vendor, long visit, String section, double expected,
        double scored, double gap) {
}
