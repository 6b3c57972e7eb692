package io.floorcheck.scoring;

import java.util.Arrays;
import java.util.TreeMap;

/**
 * Krippendorff's alpha for any number of raters, with missing ratings allowed, after
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", University of Pennsylvania
 * (ScholarlyCommons, asc_papers/43): α = 1 − D_o / D_e from the coincidence matrix of the
 * pairable values (those of targets with at least two ratings), with the difference function of
 * the metric: nominal, ordinal (by the values' ranks in the marginal frequencies), interval or
 * ratio.
 */
public final class KrippendorffAlpha {

    public enum Metric {
        NOMINAL, ORDINAL, INTERVAL, RATIO
    }

    private KrippendorffAlpha() {
    }

    public static Statistic of(Ratings ratings, Metric metric) {
        // The distinct values, sorted: the coincidence matrix is over them.
        TreeMap<Double, Integer> index = new TreeMap<>();
        for (int t = 0; t < ratings.targets(); t++) {
            double[] row = ratings.row(t);
            if (pairable(row) >= 2) {
                for (double x : row) {
                    if (!Double.isNaN(x)) {
                        index.putIfAbsent(x, 0);
                    }
                }
            }
        }
        double[] values = index.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        for (int v = 0; v < values.length; v++) {
            index.put(values[v], v);
        }
        int size = values.length;
        double[][] coincidences = new double[size][size];
        for (int t = 0; t < ratings.targets(); t++) {
            double[] row = ratings.row(t);
            int m = pairable(row);
            if (m < 2) {
                continue;
            }
            double[] present = Arrays.stream(row).filter(x -> !Double.isNaN(x)).toArray();
            for (int i = 0; i < present.length; i++) {
                for (int j = 0; j < present.length; j++) {
                    if (i != j) {
                        coincidences[index.get(present[i])][index.get(present[j])] += 1.0 / (m - 1);
                    }
                }
            }
        }
        double[] marginals = new double[size];
        double n = 0;
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                marginals[c] += coincidences[c][k];
            }
            n += marginals[c];
        }
        if (n < 2) {
            return Statistic.undefined("fewer than two targets rated at least twice");
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                double delta = difference(metric, values, marginals, c, k);
                observed += coincidences[c][k] * delta;
                expected += marginals[c] * (marginals[k] - (c == k ? 1 : 0)) * delta;
            }
        }
        observed /= n;
        expected /= n * (n - 1);
        if (expected <= 0) {
            return Statistic.undefined("every rating is the same value");
        }
        return Statistic.of(1 - observed / expected);
    }

    private static int pairable(double[] row) {
        return (int) Arrays.stream(row).filter(x -> !Double.isNaN(x)).count();
    }

    /** The squared difference δ²(c, k) of the metric, between the c-th and k-th distinct values. */
    private static double difference(Metric metric, double[] values, double[] marginals, int c, int k) {
        if (c == k) {
            return 0;
        }
        double a = values[c];
        double b = values[k];
        return switch (metric) {
            case NOMINAL -> 1;
            case INTERVAL -> (a - b) * (a - b);
            case RATIO -> a + b == 0 ? 0 : ((a - b) / (a + b)) * ((a - b) / (a + b));
            case ORDINAL -> {
                int low = Math.min(c, k);
                int high = Math.max(c, k);
                double between = 0;
                for (int g = low; g <= high; g++) {
                    between += marginals[g];
                }
                double d = between - (marginals[low] + marginals[high]) / 2;
                yield d * d;
            }
        };
    }
}
