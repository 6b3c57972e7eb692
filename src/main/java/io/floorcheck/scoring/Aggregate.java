package io.floorcheck.scoring;

import io.floorcheck.scoring.Inputs.Weights;
import io.floorcheck.scoring.Model.PartModel;
import io.floorcheck.scoring.Model.VendorModel;

/**
 * The arithmetic of the model, on 0–100 throughout; NaN means "no value" (N/A, nobody rated it,
 * a part with nothing scored) and is never averaged in: the weights of what has a value are
 * renormalised.
 */
final class Aggregate {

    /** Relative tolerance under which two values count as equal (a tie), so rounding noise makes no winner. */
    static final double TIE = 1e-9;

    private Aggregate() {
    }

    /** Whether two values are the same but for floating-point rounding. */
    static boolean same(double a, double b) {
        return Math.abs(a - b) <= TIE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /**
     * Each item's value: the agreed value (when {@code useAgreed}), else the mean of the evaluators'
     * ratings, each counted {@code times[e]} times (1 each for the point estimate, a bootstrap
     * resample's multiplicities, or one evaluator alone); then the upsell rule.
     */
    static void itemValues(VendorModel vendor, double[] times, boolean useAgreed, double[] out) {
        for (int i = 0; i < out.length; i++) {
            if (useAgreed && vendor.agreed[i]) {
                out[i] = vendor.agreedValue[i];
            } else {
                double[] ratings = vendor.ratings[i];
                double sum = 0;
                double count = 0;
                for (int e = 0; e < ratings.length; e++) {
                    double r = ratings[e];
                    if (times[e] > 0 && !Double.isNaN(r)) {
                        sum += times[e] * r;
                        count += times[e];
                    }
                }
                out[i] = count == 0 ? Double.NaN : sum / count;
            }
        }
        // An upsell scored at all (by these raters, or agreed) takes the scale minimum on the rule's
        // criteria, whatever was marked there, N/A included; one nobody scored stays unscored.
        for (PartModel proposal : vendor.proposals) {
            if (!hasRuleItem(vendor, proposal) || !scored(vendor, proposal, times, useAgreed)) {
                continue;
            }
            for (int[] section : proposal.items()) {
                for (int i : section) {
                    if (vendor.byRule[i]) {
                        out[i] = 0;
                    }
                }
            }
        }
    }

    private static boolean hasRuleItem(VendorModel vendor, PartModel proposal) {
        for (int[] section : proposal.items()) {
            for (int i : section) {
                if (vendor.byRule[i]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean scored(VendorModel vendor, PartModel proposal, double[] times, boolean useAgreed) {
        for (int[] section : proposal.items()) {
            for (int i : section) {
                if (useAgreed && vendor.agreed[i]) {
                    return true;
                }
                for (int e = 0; e < times.length; e++) {
                    if (times[e] > 0 && vendor.marked[i][e]) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A part's value: in each section the criterion-weighted mean of the items with a value, then
     * the section-weighted mean of the sections with a value. {@code sections}, when given,
     * receives each section's value.
     */
    static double part(PartModel part, double[] values, double[] sections) {
        double total = 0;
        double weights = 0;
        for (int s = 0; s < part.sections(); s++) {
            int[] items = part.items()[s];
            double[] itemWeights = part.itemWeights()[s];
            double sum = 0;
            double weight = 0;
            for (int c = 0; c < items.length; c++) {
                double v = values[items[c]];
                if (!Double.isNaN(v)) {
                    sum += itemWeights[c] * v;
                    weight += itemWeights[c];
                }
            }
            double section = weight > 0 ? sum / weight : Double.NaN;
            if (sections != null) {
                sections[s] = section;
            }
            if (!Double.isNaN(section) && part.sectionWeights()[s] > 0) {
                total += part.sectionWeights()[s] * section;
                weights += part.sectionWeights()[s];
            }
        }
        return weights > 0 ? total / weights : Double.NaN;
    }

    /** The mean of the vendor's recommendation values (those with one); each into {@code each} when given. */
    static double recommendations(VendorModel vendor, double[] values, double[] each) {
        double sum = 0;
        int count = 0;
        for (int p = 0; p < vendor.proposals.size(); p++) {
            double v = part(vendor.proposals.get(p), values, null);
            if (each != null) {
                each[p] = v;
            }
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** Recommendations and session by their shares; one missing, the other alone. */
    static double leadership(Weights weights, double recommendations, double session) {
        if (Double.isNaN(recommendations)) {
            return session;
        }
        if (Double.isNaN(session)) {
            return recommendations;
        }
        double shares = weights.recommendationShare() + weights.sessionShare();
        return shares > 0 ? (weights.recommendationShare() * recommendations + weights.sessionShare() * session)
                / shares : Double.NaN;
    }

    /** Visit and leadership by their weights; one missing, the other alone. */
    static double overall(Weights weights, double visit, double leadership) {
        if (Double.isNaN(visit)) {
            return leadership;
        }
        if (Double.isNaN(leadership)) {
            return visit;
        }
        double parts = weights.visit() + weights.leadership();
        return parts > 0 ? (weights.visit() * visit + weights.leadership() * leadership) / parts : Double.NaN;
    }

    /** The vendor's overall from item values (the bootstrap's inner loop). */
    static double overall(Weights weights, VendorModel vendor, double[] values) {
        double visit = part(vendor.visit, values, null);
        double leadership = leadership(weights, recommendations(vendor, values, null),
                part(vendor.session, values, null));
        return overall(weights, visit, leadership);
    }
}
