package io.floorcheck.visit;

import java.util.List;

import io.floorcheck.evaluation.Candidate;
import io.floorcheck.evaluation.EvaluationStatus;

/** The visits of one evaluation, with what planning another needs: its candidates and their sites. */
public record VisitBoard(long evaluationId, String evaluationName, EvaluationStatus status, boolean iLead,
        List<Candidate> candidates, List<VisitSummary> visits) {

    public VisitBoard {
        candidates = List.copyOf(candidates);
        visits = List.copyOf(visits);
    }
}
