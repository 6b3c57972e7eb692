package io.floorcheck.evaluation;

/**
 * Blind scoring: an evaluator may read colleagues' scores for a vendor only after submitting
 * their own for that vendor, or once the evaluation has reached CONSENSUS. A lead who does
 * not score reads them from CONSENSUS on, like readers. The scoring features ask this rule
 * (through {@link EvaluationService#mayReadOthersScores}) before they show or return any score.
 */
public final class BlindRule {

    private BlindRule() {
    }

    public static boolean mayReadOthersScores(EvaluationStatus status, MemberRole role, boolean ownSubmitted,
            boolean excluded) {
        boolean afterScoring = status == EvaluationStatus.CONSENSUS || status == EvaluationStatus.LOCKED;
        if (role == null) {
            return false;
        }
        return switch (role) {
            // An excluded evaluator scores nothing for that vendor, so they wait like a reader.
            case EVALUATOR -> afterScoring || (ownSubmitted && !excluded);
            case LEAD, READER -> afterScoring;
        };
    }

    /**
     * What the member waits for before colleagues' scores of a vendor become readable: the same
     * rule as {@link #mayReadOthersScores}, in the words a notice needs. {@code review} is the
     * member's declaration for the vendor, null when they have not declared yet (they will score
     * once declared).
     */
    public static BlindWait waitsFor(MemberRole role, CoiReview review) {
        if (role != MemberRole.EVALUATOR) {
            return BlindWait.CONSENSUS;
        }
        if (review == null) {
            return BlindWait.OWN_CARDS;
        }
        return switch (review) {
            case NONE, ALLOWED -> BlindWait.OWN_CARDS;
            case PENDING -> BlindWait.LEAD_DECISION;
            case EXCLUDED -> BlindWait.CONSENSUS;
        };
    }
}
