package io.floorcheck.comparison.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import io.floorcheck.scoring.ScoringResult;
import io.floorcheck.scoring.Tipping;
import io.floorcheck.scoring.VendorResult;

/**
 * The comparison's sentences, made from the engine's numbers only: the verdict a CxO can repeat,
 * and the most critical weight. The same sentences head the PDF.
 */
final class VerdictText {

    private VerdictText() {
    }

    /** The headline: the recommended vendor, "too close to call", or "no vendor is recommendable". */
    static String headline(ScoringResult result, Translate t) {
        if (result.tiedForFirst()) {
            return t.get("verdict.headline.tied");
        }
        if (result.recommended() == null) {
            return t.get("verdict.headline.none");
        }
        String name = result.vendor(result.recommended()).name();
        return result.tooCloseToCall() ? t.get("verdict.headline.tooClose", name) : t.get("verdict.headline.recommended",
                name);
    }

    /** The one sentence with the figures behind the headline. */
    static String sentence(ScoringResult result, Locale locale, Translate t) {
        if (result.tiedForFirst()) {
            List<VendorResult> first = result.contenders();
            return t.get("verdict.tied", first.get(0).name(), first.get(1).name(),
                    BoardText.score(first.get(0).overall(), locale));
        }
        if (result.recommended() == null) {
            boolean scored = result.vendors().stream().anyMatch(v -> v.rank() != null);
            return t.get(scored ? "verdict.noneRecommendable" : "verdict.nothingScored");
        }
        VendorResult leader = result.vendor(result.recommended());
        String overall = BoardText.score(leader.overall(), locale);
        String low = BoardText.score(leader.ciLow(), locale);
        String high = BoardText.score(leader.ciHigh(), locale);
        if (result.runnerUp() == null) {
            return t.get("verdict.alone", leader.name(), overall, low, high);
        }
        VendorResult runnerUp = result.vendor(result.runnerUp());
        String margin = BoardText.score(result.margin(), locale);
        String percent = result.recommendedBeatsRunnerUp().defined()
                ? percent(result.recommendedBeatsRunnerUp().value(), locale) : "—";
        return t.get(result.tooCloseToCall() ? "verdict.tooClose" : "verdict.recommended", leader.name(), overall, low,
                high, margin, runnerUp.name(), BoardText.score(runnerUp.overall(), locale), percent);
    }

    /** "The recommendation changes to X if the weight of section S goes from 15 to 27", or why it does not. */
    static String mostCritical(ScoringResult result, Locale locale, Translate t, WeightNames names) {
        Tipping tipping = result.mostCritical();
        if (result.recommended() == null) {
            return t.get("verdict.critical.noRecommendation");
        }
        if (tipping == null) {
            return t.get("verdict.critical.none");
        }
        if (tipping.newLeader() == null) {
            // The weight makes the leader tie with another: no single vendor takes over.
            return t.get("verdict.critical.tie", names.of(tipping.weight()), BoardText.score(tipping.current(), locale),
                    BoardText.score(tipping.tippingWeight(), locale));
        }
        return t.get("verdict.critical", result.vendor(tipping.newLeader()).name(), names.of(tipping.weight()),
                BoardText.score(tipping.current(), locale), BoardText.score(tipping.tippingWeight(), locale));
    }

    /**
     * A probability in percent with one decimal, rounded down: 0.7999 is "79.9", never "80". The
     * shift is decimal (0.145 is 14.5, where 100 × 0.145 in doubles is 14.4999…).
     */
    static String percent(double probability, Locale locale) {
        java.text.DecimalFormat format = new java.text.DecimalFormat("0.0",
                java.text.DecimalFormatSymbols.getInstance(locale));
        return format.format(java.math.BigDecimal.valueOf(probability).movePointRight(2)
                .setScale(1, java.math.RoundingMode.FLOOR));
    }

    /** Translations, as a view provides them. */
    interface Translate {
        String get(String key, Object... arguments);
    }

    /** A weight named for people: "section 5 Coaching", "the visit part". */
    interface WeightNames {
        String of(String weight);
    }

    static Translate of(BiFunction<String, Object[], String> translate) {
        return translate::apply;
    }
}
