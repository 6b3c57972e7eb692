package io.floorcheck.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the engine's numbers are printed, on screen and on paper alike: rounded here, for display
 * only, in the reader's locale ("72.4" in English, "72,4" in German); "—" where there is none.
 */
public final class Figures {

    private Figures() {
    }

    /** A score on 0–100 with one decimal. */
    public static String score(double value, Locale locale) {
        return Double.isNaN(value) ? "—" : format("0.0", locale).format(value);
    }

    /** A difference with its sign ("+5.0", "-12.5"); one that rounds to zero is "0.0", never "-0.0". */
    public static String signed(double value, Locale locale) {
        String shown = score(value, locale);
        if (Double.isNaN(value) || shown.equals(score(0, locale)) || shown.equals(score(-0.0, locale))) {
            return Double.isNaN(value) ? shown : score(0, locale);
        }
        return (value > 0 ? "+" : "") + shown;
    }

    /** A statistic with three decimals. */
    public static String statistic(double value, Locale locale) {
        return Double.isNaN(value) ? "—" : format("0.000", locale).format(value);
    }

    /** A weight as the lead typed it: up to two decimals, no trailing zeros. */
    public static String weight(double value, Locale locale) {
        return Double.isNaN(value) ? "—" : format("0.##", locale).format(value);
    }

    /**
     * A probability in percent with one decimal, rounded down: 0.7999 is "79.9", never "80" (the
     * 80 % threshold must not be shown as met when it is not). The shift is decimal (0.145 is 14.5,
     * where 100 × 0.145 in doubles is 14.4999…).
     */
    public static String percent(double probability, Locale locale) {
        return Double.isNaN(probability) ? "—" : format("0.0", locale).format(BigDecimal.valueOf(probability)
                .movePointRight(2).setScale(1, RoundingMode.FLOOR));
    }

    private static DecimalFormat format(String pattern, Locale locale) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
    }
}
