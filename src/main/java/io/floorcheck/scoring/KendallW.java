package io.floorcheck.scoring;

import java.util.Arrays;

/**
 * Kendall's coefficient of concordance W, corrected for ties (Kendall &amp; Babington Smith 1939;
 * as in Siegel &amp; Castellan 1988, §9.4): each rater (column) ranks the targets (rows) by their
 * values, tied values sharing the mean of their ranks; W = 12 S / (m²(n³ − n) − m Σ T), with S
 * the sum of squared deviations of the targets' rank sums from their mean and T = Σ (t³ − t)
 * over each rater's groups of t ties. Complete rows only. 0: no agreement, 1: the same order.
 */
public final class KendallW {

    private KendallW() {
    }

    public static Statistic of(Ratings ratings) {
        Ratings complete = ratings.completeRows();
        int n = complete.targets();
        int m = complete.raters();
        if (n < 2) {
            return Statistic.undefined("fewer than two targets ranked by every rater");
        }
        if (m < 2) {
            return Statistic.undefined("fewer than two raters");
        }
        double[] rankSums = new double[n];
        double ties = 0;
        for (int r = 0; r < m; r++) {
            double[] ranks = Ranks.average(complete.column(r));
            for (int t = 0; t < n; t++) {
                rankSums[t] += ranks[t];
            }
            ties += Ranks.tieCorrection(complete.column(r));
        }
        double mean = Arrays.stream(rankSums).average().orElseThrow();
        double s = Arrays.stream(rankSums).map(sum -> (sum - mean) * (sum - mean)).sum();
        double denominator = (double) m * m * ((double) n * n * n - n) - m * ties;
        if (denominator <= 0) {
            return Statistic.undefined("every rater tied every target");
        }
        return Statistic.of(12 * s / denominator);
    }
}
