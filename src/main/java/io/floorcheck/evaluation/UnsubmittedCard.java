package io.floorcheck.evaluation;

/**
 * A card an attendee owes and has not submitted, as the lead sees it before ending scoring:
 * whose, for which vendor, which kind ("visit" or "leadership") at which site, and how far it got.
 */
public record UnsubmittedCard(String evaluator, String vendor, String kind, String site, boolean started, int scored,
        int total) {
}
