package io.floorcheck.scoring;

/** One evaluator's own totals of a vendor, from their ratings alone (no agreed values). */
public record EvaluatorTotal(String evaluator, long vendor, double visitPart, double leadershipPart,
        double overall) {
}
