package io.floorcheck.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.floorcheck.rubric.VersionChoice;

/** An evaluation as its members see it: details, rubrics, weights, candidates, team and declarations. */
public record Evaluation(long id, int version, String name, String scope, LocalDate decisionDate,
        EvaluationStatus status, VersionChoice visitRubric, VersionChoice recommendationRubric,
        VersionChoice sessionRubric, Weights weights, List<Candidate> candidates, List<Member> members,
        List<CoiDeclaration> declarations, MemberRole myRole) {

    public Evaluation {
        candidates = List.copyOf(candidates);
        members = List.copyOf(members);
        declarations = List.copyOf(declarations);
    }

    public List<Member> withRole(MemberRole role) {
        return members.stream().filter(member -> member.role() == role).toList();
    }

    public Optional<CoiDeclaration> declaration(long userId, long vendorId) {
        return declarations.stream().filter(d -> d.userId() == userId && d.vendorId() == vendorId).findFirst();
    }

    /** Rubric versions and weights are frozen once the evaluation is open. */
    public boolean frozen() {
        return status != EvaluationStatus.DRAFT;
    }

    public EvaluationDraft toDraft() {
        return new EvaluationDraft(name, scope, decisionDate, visitRubric.versionId(),
                recommendationRubric.versionId(), sessionRubric.versionId(), weights);
    }
}
