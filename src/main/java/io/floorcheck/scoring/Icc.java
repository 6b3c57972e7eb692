package io.floorcheck.scoring;

/**
 * Intraclass correlations after Shrout &amp; Fleiss (1979), "Intraclass correlations: uses in
 * assessing rater reliability", Psychological Bulletin 86(2), 420–428: all six forms from the
 * mean squares of the two-way ANOVA of a complete table (targets × raters). ICC(1,·): each
 * target rated by different raters (one-way); ICC(2,·): raters a random sample, their
 * differences count as disagreement (two-way random, absolute agreement); ICC(3,·): these raters
 * only, consistency (two-way mixed). "·,1" is one rater's reliability, "·,k" the mean of k raters'.
 * Only complete rows are used.
 */
public record Icc(int targets, int raters, double bms, double wms, double jms, double ems, Statistic icc11,
        Statistic icc21, Statistic icc31, Statistic icc1k, Statistic icc2k, Statistic icc3k) {

    public static Icc of(Ratings ratings) {
        Ratings complete = ratings.completeRows();
        int n = complete.targets();
        int k = complete.raters();
        if (n < 2 || k < 2) {
            Statistic none = Statistic.undefined(n < 2 ? "fewer than two targets rated by every rater"
                    : "fewer than two raters");
            return new Icc(n, k, Double.NaN, Double.NaN, Double.NaN, Double.NaN, none, none, none, none, none, none);
        }
        double grand = 0;
        double[] targetMeans = new double[n];
        double[] raterMeans = new double[k];
        for (int t = 0; t < n; t++) {
            for (int r = 0; r < k; r++) {
                double x = complete.get(t, r);
                grand += x;
                targetMeans[t] += x / k;
                raterMeans[r] += x / n;
            }
        }
        grand /= (double) n * k;
        double total = 0;
        for (int t = 0; t < n; t++) {
            for (int r = 0; r < k; r++) {
                double d = complete.get(t, r) - grand;
                total += d * d;
            }
        }
        double between = 0;
        for (double mean : targetMeans) {
            between += k * (mean - grand) * (mean - grand);
        }
        double judges = 0;
        for (double mean : raterMeans) {
            judges += n * (mean - grand) * (mean - grand);
        }
        double within = total - between;
        double error = within - judges;
        double bms = between / (n - 1);
        double wms = within / (n * (k - 1.0));
        double jms = judges / (k - 1);
        double ems = error / ((n - 1.0) * (k - 1));
        return new Icc(n, k, bms, wms, jms, ems,
                ratio(bms - wms, bms + (k - 1) * wms),
                ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n),
                ratio(bms - ems, bms + (k - 1) * ems),
                ratio(bms - wms, bms),
                ratio(bms - ems, bms + (jms - ems) / n),
                ratio(bms - ems, bms));
    }

    /**
     * The form's value; none where the variance estimates behind it are negative, so that the
     * ratio falls outside -1 to 1 (its denominator negative, or the residual error far above the
     * differences between the targets): 2.0 or -3.0 would pass for a coefficient without being one.
     */
    private static Statistic ratio(double numerator, double denominator) {
        if (Math.abs(denominator) < 1e-12) {
            return Statistic.undefined("no variation between the targets");
        }
        double value = numerator / denominator;
        if (denominator < 0 || value < -1 - 1e-12 || value > 1 + 1e-12) {
            return Statistic.undefined("the targets differ too little against the error for this form");
        }
        return Statistic.of(value);
    }
}
