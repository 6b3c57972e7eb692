package io.floorcheck.visit;

/**
 * How far one of the current user's cards for a visit has come, as the home page lists it:
 * {@code status} null for a card never opened; {@code scored} of {@code total} items have a mark.
 */
public record CardProgress(ScorecardStatus status, int scored, int total) {

    public boolean opened() {
        return status != null;
    }

    public boolean submitted() {
        return status == ScorecardStatus.SUBMITTED;
    }
}
