package io.floorcheck.evaluation;

import java.util.Optional;

/**
 * The life of an evaluation. Procurement moves it forward one step at a time; stepping back
 * from CONSENSUS or LOCKED needs a reason and is audited.
 */
public enum EvaluationStatus {
    /** Being set up: rubrics, weights, candidates and team can change. */
    DRAFT,
    /** Visits and scoring happen; rubric versions and weights are frozen. */
    OPEN,
    /** Scores are visible to the team and consensus is recorded. */
    CONSENSUS,
    /** Final: nothing changes any more. */
    LOCKED;

    public Optional<EvaluationStatus> next() {
        return switch (this) {
            case DRAFT -> Optional.of(OPEN);
            case OPEN -> Optional.of(CONSENSUS);
            case CONSENSUS -> Optional.of(LOCKED);
            case LOCKED -> Optional.empty();
        };
    }

    /** Where re-opening leads: only from CONSENSUS (back to OPEN) and LOCKED (back to CONSENSUS). */
    public Optional<EvaluationStatus> reopened() {
        return switch (this) {
            case CONSENSUS -> Optional.of(OPEN);
            case LOCKED -> Optional.of(CONSENSUS);
            default -> Optional.empty();
        };
    }
}
