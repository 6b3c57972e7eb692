package io.floorcheck.scoring;

import java.util.List;

/**
 * The bootstrap over evaluators: {@code resamples} draws of the evaluation's evaluators with
 * replacement, seeded with {@code seed}. For each vendor the resamples in which it had an
 * overall ({@code used}; a resample that holds no rater of anything of a vendor, and no agreed
 * value either, leaves that vendor out) give the percentile 95 % interval; {@code above[i][j]}
 * is P(vendor i ranks above vendor j) over the resamples in which both had one, ties counting
 * half (vendors in {@code vendorIds} order; NaN where never both).
 */
public record Bootstrap(long seed, int resamples, List<Long> vendorIds, int[] used, double[] low, double[] high,
        double[][] above) {

    public Bootstrap {
        vendorIds = List.copyOf(vendorIds);
    }

    /** P(a ranks above b), NaN when they never had an overall in the same resample. */
    public double probabilityAbove(long a, long b) {
        return above[vendorIds.indexOf(a)][vendorIds.indexOf(b)];
    }
}
