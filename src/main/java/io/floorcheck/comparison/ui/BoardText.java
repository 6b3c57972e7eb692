package io.floorcheck.comparison.ui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.BiFunction;

import io.floorcheck.comparison.ConsensusBoard;
import io.floorcheck.comparison.ItemKey;
import io.floorcheck.report.Figures;
import io.floorcheck.scoring.CriterionValue;
import io.floorcheck.scoring.Part;

/** How the board and the comparison print the engine's numbers: rounded here, for display only. */
final class BoardText {

    private BoardText() {
    }

    /** A score on 0–100 with one decimal, "—" where there is none. */
    static String score(double value, Locale locale) {
        return Figures.score(value, locale);
    }

    /** A statistic with three decimals. */
    static String statistic(double value, Locale locale) {
        return Figures.statistic(value, locale);
    }

    /** The spread on the criterion's own scale, "—" with fewer than two ratings. */
    static String spread(ConsensusBoard.Item item, Locale locale) {
        return Double.isNaN(item.spread()) ? "—" : format("0.#", locale).format(item.spread());
    }

    /** The value the engine uses now, and where it comes from; a gate's status. */
    static String value(ConsensusBoard.Item item, Locale locale, BiFunction<String, Object[], String> translate) {
        if (item.gate()) {
            return translate.apply("gate.status." + item.gateStatus(), new Object[0]);
        }
        if (item.source() == CriterionValue.Source.AGREED && Double.isNaN(item.value())) {
            return translate.apply("board.valueAgreedNa", new Object[0]);
        }
        if (item.source() == CriterionValue.Source.NONE) {
            return translate.apply("board.noValue", new Object[0]);
        }
        String number = score(item.value(), locale);
        return switch (item.source()) {
            case AGREED -> translate.apply("board.valueAgreed", new Object[] {number});
            case UPSELL_RULE -> translate.apply("board.valueUpsell", new Object[] {number});
            default -> translate.apply("board.valueMean", new Object[] {number});
        };
    }

    /** A mark or agreed value in the reader's words: levels as they are, "pass", "fail" and "N/A" translated. */
    static String mark(String raw, BiFunction<String, Object[], String> translate) {
        return switch (raw) {
            case "pass" -> translate.apply("settle.pass", new Object[0]);
            case "fail" -> translate.apply("settle.fail", new Object[0]);
            case "N/A" -> translate.apply("mark.na", new Object[0]);
            default -> raw;
        };
    }

    /** An item as a URL query value: part~vendor~recommendation~criterion. */
    static String itemParameter(ItemKey key) {
        return key.part() + "~" + key.vendorId() + "~" + (key.recommendationId() == null ? "" : key.recommendationId())
                + "~" + key.criterionCode();
    }

    private static DecimalFormat format(String pattern, Locale locale) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
    }
}
