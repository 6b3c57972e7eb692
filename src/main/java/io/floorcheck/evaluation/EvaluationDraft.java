package io.floorcheck.evaluation;

import java.time.LocalDate;

import io.floorcheck.base.Text;

/** The details procurement enters for an evaluation. */
public record EvaluationDraft(String name, String scope, LocalDate decisionDate, long visitRubricId,
        long recommendationRubricId, long sessionRubricId, Weights weights) {

    public static final int NAME_LENGTH = 200;
    public static final int SCOPE_LENGTH = 4000;

    public EvaluationDraft {
        name = Text.line(name);
        scope = Text.cleanOrNull(scope);
    }
}
