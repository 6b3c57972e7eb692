package io.floorcheck.scoring;

/**
 * For one weight (a visit section's share, or the visit part's share of the overall), the nearest
 * value in 0–100 at which the recommended vendor would change, the other weights of its kind
 * rescaled proportionally; {@code tippingWeight} null when no value changes it.
 */
public record Tipping(String weight, double current, Double tippingWeight, Long newLeader) {

    /** The weight's code for the visit/leadership split. */
    public static final String PART_SPLIT = "VISIT_PART";

    public double distance() {
        return tippingWeight == null ? Double.POSITIVE_INFINITY : Math.abs(tippingWeight - current);
    }
}
