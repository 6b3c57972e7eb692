package io.floorcheck.scoring;

import java.util.Arrays;
import java.util.Comparator;

/** Ranks with ties: ascending, tied values sharing the mean of the ranks they span (1-based). */
final class Ranks {

    private Ranks() {
    }

    static double[] average(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int i = start; i <= end; i++) {
                ranks[order[i]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }

    /** Σ (t³ − t) over the groups of t tied values. */
    static double tieCorrection(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int start = 0;
        while (start < sorted.length) {
            int end = start;
            while (end + 1 < sorted.length && sorted[end + 1] == sorted[start]) {
                end++;
            }
            double t = end - start + 1;
            sum += t * t * t - t;
            start = end + 1;
        }
        return sum;
    }
}
