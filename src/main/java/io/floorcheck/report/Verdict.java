package io.floorcheck.report;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import io.floorcheck.scoring.Agreement;
import io.floorcheck.scoring.ScoringResult;
import io.floorcheck.scoring.Statistic;
import io.floorcheck.scoring.Tipping;
import io.floorcheck.scoring.VendorResult;

/**
 * The comparison's sentences, made from the engine's numbers only (a right-to-left vendor name
 * marked so the figure after it stays in its place): the verdict a CxO can repeat,
 * the most critical weight and how far the evaluators agree. The same sentences head the PDF.
 */
public final class Verdict {

    private Verdict() {
    }

    /** The headline: the recommended vendor, "too close to call", or "no vendor is recommendable". */
    public static String headline(ScoringResult result, Translate t) {
        if (result.tiedForFirst()) {
            return t.get("verdict.headline.tied");
        }
        if (result.recommended() == null) {
            return t.get("verdict.headline.none");
        }
        String name = PdfText.inSentence(result.vendor(result.recommended()).name());
        return result.tooCloseToCall() ? t.get("verdict.headline.tooClose", name) : t.get("verdict.headline.recommended",
                name);
    }

    /** The one sentence with the figures behind the headline. */
    public static String sentence(ScoringResult result, Locale locale, Translate t) {
        if (result.tiedForFirst()) {
            List<VendorResult> first = result.contenders();
            return t.get("verdict.tied", PdfText.inSentence(first.get(0).name()), PdfText.inSentence(first.get(1).name()),
                    Figures.score(first.get(0).overall(), locale));
        }
        if (result.recommended() == null) {
            boolean scored = result.vendors().stream().anyMatch(v -> v.rank() != null);
            return t.get(scored ? "verdict.noneRecommendable" : "verdict.nothingScored");
        }
        VendorResult leader = result.vendor(result.recommended());
        String overall = Figures.score(leader.overall(), locale);
        String low = Figures.score(leader.ciLow(), locale);
        String high = Figures.score(leader.ciHigh(), locale);
        if (result.runnerUp() == null) {
            return t.get("verdict.alone", PdfText.inSentence(leader.name()), overall, low, high);
        }
        VendorResult runnerUp = result.vendor(result.runnerUp());
        String margin = Figures.score(result.margin(), locale);
        String percent = result.recommendedBeatsRunnerUp().defined()
                ? Figures.percent(result.recommendedBeatsRunnerUp().value(), locale) : "—";
        return t.get(result.tooCloseToCall() ? "verdict.tooClose" : "verdict.recommended", PdfText.inSentence(leader.name()), overall, low,
                high, margin, PdfText.inSentence(runnerUp.name()), Figures.score(runnerUp.overall(), locale), percent);
    }

    /** "The recommendation changes to X if the weight of section S goes from 15 to 27", or why it does not. */
    public static String mostCritical(ScoringResult result, Locale locale, Translate t, WeightNames names) {
        Tipping tipping = result.mostCritical();
        if (result.recommended() == null) {
            return t.get("verdict.critical.noRecommendation");
        }
        if (tipping == null) {
            return t.get("verdict.critical.none");
        }
        if (tipping.newLeader() == null) {
            // The weight makes the leader tie with another: no single vendor takes over.
            return t.get("verdict.critical.tie", names.of(tipping.weight()), Figures.score(tipping.current(), locale),
                    Figures.score(tipping.tippingWeight(), locale));
        }
        return t.get("verdict.critical", PdfText.inSentence(result.vendor(tipping.newLeader()).name()), names.of(tipping.weight()),
                Figures.score(tipping.current(), locale), Figures.score(tipping.tippingWeight(), locale));
    }

    /**
     * How far the evaluators agree, in one sentence: the team average's reliability (ICC(2,k)) and
     * Krippendorff's interval alpha, each with its published band, or why there is none.
     */
    public static String agreement(ScoringResult result, Locale locale, Translate t) {
        Statistic icc = result.agreement().icc().icc2k();
        Statistic alpha = result.agreement().alphaInterval();
        return t.get("verdict.agreement", value(icc, Agreement.iccBand(icc), locale, t),
                value(alpha, Agreement.alphaBand(alpha), locale, t));
    }

    /** "0.659 (moderate)", or why the data define no value. */
    private static String value(Statistic statistic, String band, Locale locale, Translate t) {
        return statistic.defined() ? t.get("verdict.statistic", Figures.statistic(statistic.value(), locale), band)
                : t.get("verdict.statisticUndefined", statistic.undefinedBecause());
    }

    /** Translations, as a view or the report provides them. */
    public interface Translate {
        String get(String key, Object... arguments);
    }

    /** A weight named for people: "section 5 Coaching", "the visit part". */
    public interface WeightNames {
        String of(String weight);
    }

    public static Translate of(BiFunction<String, Object[], String> translate) {
        return translate::apply;
    }
}
