package io.floorcheck.scoring;

/**
 * The value one criterion takes for one vendor (for a recommendation criterion, for one
 * recommendation), on 0–100, as it enters its section: the agreed value where the team recorded
 * one, the scale minimum where the upsell rule applies, else the mean of the evaluators' ratings.
 * NaN: no value (nobody rated it, every rating N/A, or agreed N/A). Gates have no value.
 */
public record CriterionValue(Part part, long vendor, Long recommendation, String criterion, double value,
        Source source) {

    /** Where the value comes from, for the board, the heatmap and the PDF to say so. */
    public enum Source {
        RATINGS, AGREED, UPSELL_RULE, NONE
    }
}
