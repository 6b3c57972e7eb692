package io.floorcheck.scoring;

/**
 * The engine's inputs, each as submitted or recorded. Vendors and evaluators are named by ids
 * the caller chooses (a vendor id, an evaluator's login): the engine only compares them.
 */
public final class Inputs {

    private Inputs() {
    }

    /** A candidate of the evaluation. */
    public record Candidate(long id, String name) {
    }

    /**
     * One mark on a submitted card that counts: a level ({@code value}, on the criterion's scale),
     * N/A (value and passed both null), or a gate's pass/fail ({@code passed}). {@code visit} is the
     * visit the card belongs to; {@code recommendation} is set for the {@link Part#RECOMMENDATION} part.
     */
    public record Rating(Part part, long vendor, String evaluator, long visit, Long recommendation, String criterion,
            Double value, Boolean passed) {

        public boolean notApplicable() {
            return value == null && passed == null;
        }
    }

    /** A value the team agreed on (next issue's consensus), in place of the mean of the ratings. */
    public record Consensus(Part part, long vendor, Long recommendation, String criterion, Double value,
            Boolean passed) {

        public boolean notApplicable() {
            return value == null && passed == null;
        }
    }

    /** A recommendation kept (not merged into another) of a vendor's debriefs. */
    public record Proposal(long id, long vendor, boolean upsell) {
    }

    /** A failed gate let pass, with an approver and a reason (kept by the caller). */
    public record Waiver(long vendor, String gate) {
    }

    /** What an attendee expected of a section before the visit, on the section's scale. */
    public record Expectation(String evaluator, long visit, long vendor, String section, double score) {
    }

    /**
     * How the parts combine: visit and leadership in percent (sum 100), and within leadership the
     * recommendations and the session as shares (sum 1).
     */
    public record Weights(double visit, double leadership, double recommendationShare, double sessionShare) {
    }
}
