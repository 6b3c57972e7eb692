package io.floorcheck.visit;

/**
 * What an attendee expects of one section of the visit rubric before the visit: a score on
 * the section's scale and a sentence why. Both may be empty.
 */
public record Expectation(String sectionCode, String sectionTitle, int scaleMin, int scaleMax, Integer expectedScore,
        String reason) {
}
