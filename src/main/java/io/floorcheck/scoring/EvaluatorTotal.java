package io.floorcheck.scoring;

/**
 * One evaluator's own totals of a vendor, from their ratings alone (no agreed values), with their
 * own value of each visit section (NaN where they rated none of it): the dots beside the bars.
 */
public record EvaluatorTotal(String evaluator, long vendor, double visitPart, double leadershipPart,
        double overall, java.util.Map<String, Double> visitSections) {

    public EvaluatorTotal {
        visitSections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(visitSections));
    }
}
