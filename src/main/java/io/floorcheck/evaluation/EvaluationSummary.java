package io.floorcheck.evaluation;

import java.time.LocalDate;

/**
 * An evaluation in a list: status, decision date, the viewer's role in it (null for an
 * administrator who is not a member) and how far conflict declarations, visits and
 * scorecards have come.
 */
public record EvaluationSummary(long id, String name, EvaluationStatus status, LocalDate decisionDate,
        MemberRole myRole, int candidates, int evaluators, int declarationsMade, int declarationsExpected,
        int visits, int visitsCompleted, int scorecardsExpected, int scorecardsSubmitted) {
}
