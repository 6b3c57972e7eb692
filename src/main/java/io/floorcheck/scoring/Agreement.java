package io.floorcheck.scoring;

/**
 * How far the evaluators agree. ICCs and Krippendorff's alphas over every scored visit criterion
 * of every vendor (targets) by the evaluators (raters), on 0–100; Kendall's W over the
 * evaluators' rankings of the vendors by their own visit totals (evaluators who rated every vendor).
 */
public record Agreement(Icc icc, Statistic alphaNominal, Statistic alphaOrdinal, Statistic alphaInterval,
        Statistic alphaRatio, Statistic kendallW, int kendallRaters) {

    /** Koo &amp; Li (2016), J Chiropr Med 15(2): below 0.5 poor, to 0.75 moderate, to 0.9 good, above excellent. */
    public static String iccBand(Statistic icc) {
        if (!icc.defined()) {
            return "not enough data";
        }
        double v = icc.value();
        return v < 0.5 ? "poor" : v < 0.75 ? "moderate" : v <= 0.9 ? "good" : "excellent";
    }

    /** Krippendorff (2004), Content Analysis §11.4: from 0.8 reliable, from 0.667 tentative, below unreliable. */
    public static String alphaBand(Statistic alpha) {
        if (!alpha.defined()) {
            return "not enough data";
        }
        double v = alpha.value();
        return v >= 0.8 ? "reliable" : v >= 0.667 ? "tentative" : "unreliable";
    }

    /**
     * Schmidt (1997), Decision Sciences 28(3), anchors 0.1 very weak, 0.3 weak, 0.5 moderate,
     * 0.7 strong, 0.9 unusually strong; read here as bands split halfway between the anchors.
     */
    public static String kendallBand(Statistic w) {
        if (!w.defined()) {
            return "not enough data";
        }
        double v = w.value();
        return v < 0.2 ? "very weak" : v < 0.4 ? "weak" : v < 0.6 ? "moderate" : v < 0.8 ? "strong"
                : "unusually strong";
    }
}
