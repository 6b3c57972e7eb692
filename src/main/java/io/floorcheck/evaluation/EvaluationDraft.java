package io.floorcheck.evaluation;

import java.time.LocalDate;

/** The details procurement enters for an evaluation. */
public record EvaluationDraft(String name, String scope, LocalDate decisionDate, long visitRubricId,
        long recommendationRubricId, long sessionRubricId, Weights weights) {

    public static final int NAME_LENGTH = 200;
}
