package io.floorcheck.scoring;

import java.util.Objects;

/**
 * A statistic's value, or why there is none for this data ("fewer than two raters", "every
 * rating is the same"). Screens show the reason, never NaN; the value is NaN only when
 * undefined, so arithmetic on it cannot pass for a number.
 */
public record Statistic(double value, String undefinedBecause) {

    public Statistic {
        if (undefinedBecause == null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("A defined statistic is a finite number, not " + value);
        }
        if (undefinedBecause != null) {
            value = Double.NaN;
        }
    }

    public static Statistic of(double value) {
        return Double.isFinite(value) ? new Statistic(value, null)
                : new Statistic(Double.NaN, "the formula has no value for this data");
    }

    public static Statistic undefined(String because) {
        return new Statistic(Double.NaN, Objects.requireNonNull(because, "because"));
    }

    public boolean defined() {
        return undefinedBecause == null;
    }
}
