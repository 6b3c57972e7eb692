package io.floorcheck.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of ratings: one row per target (what was rated), one column per rater, NaN where a
 * rater gave no rating. The input of every agreement statistic.
 */
public final class Ratings {

    private final double[][] values;
    private final int raters;

    private Ratings(double[][] values, int raters) {
        this.values = values;
        this.raters = raters;
    }

    /** Copies the rows; every row must have one cell per rater (NaN for missing). */
    public static Ratings of(double[][] rows) {
        int raters = rows.length == 0 ? 0 : rows[0].length;
        double[][] copy = new double[rows.length][];
        for (int t = 0; t < rows.length; t++) {
            if (rows[t].length != raters) {
                throw new IllegalArgumentException("Row " + (t + 1) + " has " + rows[t].length + " ratings, not "
                        + raters);
            }
            for (double value : rows[t]) {
                if (Double.isInfinite(value)) {
                    throw new IllegalArgumentException("A rating is a finite number or missing (NaN)");
                }
            }
            copy[t] = rows[t].clone();
        }
        return new Ratings(copy, raters);
    }

    public int targets() {
        return values.length;
    }

    public int raters() {
        return raters;
    }

    public double get(int target, int rater) {
        return values[target][rater];
    }

    /** The targets every rater rated, for the statistics that need a complete table. */
    public Ratings completeRows() {
        List<double[]> complete = new ArrayList<>();
        for (double[] row : values) {
            if (Arrays.stream(row).noneMatch(Double::isNaN)) {
                complete.add(row);
            }
        }
        return new Ratings(complete.toArray(double[][]::new), raters);
    }

    double[] row(int target) {
        return values[target].clone();
    }

    double[] column(int rater) {
        double[] column = new double[values.length];
        for (int t = 0; t < values.length; t++) {
            column[t] = values[t][rater];
        }
        return column;
    }
}
