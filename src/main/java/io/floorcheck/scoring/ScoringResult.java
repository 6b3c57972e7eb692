package io.floorcheck.scoring;

import java.util.List;
import java.util.Map;

/**
 * Every number of the decision. {@code vendors} in rank order (unranked last). {@code recommended}
 * is the highest-ranked recommendable vendor, null when there is none or two tie for it
 * ({@code tiedForFirst}); {@code tooCloseToCall} when P(it ranks above the runner-up — the
 * next recommendable vendor) is below {@link #TOO_CLOSE}.
 */
public record ScoringResult(List<VendorResult> vendors, Long recommended, boolean tiedForFirst, Long runnerUp,
        Statistic recommendedBeatsRunnerUp, boolean tooCloseToCall, Agreement agreement,
        List<Disagreement> disagreements, Bootstrap bootstrap, List<Tipping> sensitivity, Tipping mostCritical,
        List<PerceptionGap> perceptionGaps, Map<String, Double> meanGapBySection,
        List<EvaluatorTotal> evaluatorTotals, List<CriterionValue> criterionValues) {

    public static final double TOO_CLOSE = 0.8;

    public ScoringResult {
        vendors = List.copyOf(vendors);
        disagreements = List.copyOf(disagreements);
        sensitivity = List.copyOf(sensitivity);
        perceptionGaps = List.copyOf(perceptionGaps);
        meanGapBySection = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meanGapBySection));
        evaluatorTotals = List.copyOf(evaluatorTotals);
        criterionValues = List.copyOf(criterionValues);
    }

    /** The recommendable vendors with an overall, best first: who could be the recommendation. */
    public List<VendorResult> contenders() {
        return vendors.stream().filter(v -> v.recommendable() && v.rank() != null).toList();
    }

    /** How far the recommended vendor leads the runner-up, in points of the overall; NaN without both. */
    public double margin() {
        return recommended == null || runnerUp == null ? Double.NaN
                : vendor(recommended).overall() - vendor(runnerUp).overall();
    }

    public VendorResult vendor(long id) {
        return vendors.stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }
}
