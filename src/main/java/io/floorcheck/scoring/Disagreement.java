package io.floorcheck.scoring;

/**
 * How far the evaluators' ratings of one criterion of one vendor lie apart, on the criterion's
 * own scale: spread (highest − lowest), sample standard deviation, and a flag when the spread is
 * at least 30 % of the scale's range. {@code recommendation} is set for a recommendation criterion.
 */
public record Disagreement(Part part, long vendor, Long recommendation, String criterion, int ratings,
        double spread, double standardDeviation, boolean flagged) {

    static final double FLAG_SHARE = 0.3;
}
