package io.floorcheck.visit.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.floorcheck.audit.AuditEntry;
import io.floorcheck.audit.AuditService;
import io.floorcheck.evaluation.Candidate;
import io.floorcheck.evaluation.Evaluation;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.ScoreSubmissions;
import io.floorcheck.rubric.RubricService;
import io.floorcheck.rubric.RubricVersion;
import io.floorcheck.vendor.VendorSite;
import io.floorcheck.visit.ScorecardCheck;
import io.floorcheck.visit.ScorecardStatus;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The visit scorecards, as the blind rule and the end of scoring ask about them. */
@Component
@Order(1)
class VisitScoreSubmissions implements ScoreSubmissions {

    static final String KIND = "visit";

    private final ScorecardRepository scorecards;
    private final RubricService rubrics;
    private final EvaluationService evaluations;
    private final AuditService audit;

    VisitScoreSubmissions(ScorecardRepository scorecards, RubricService rubrics, EvaluationService evaluations,
            AuditService audit) {
        this.scorecards = scorecards;
        this.rubrics = rubrics;
        this.evaluations = evaluations;
        this.audit = audit;
    }

    @Override
    public boolean submittedAll(long evaluationId, long vendorId, long userId) {
        return scorecards.submittedAllFor(evaluationId, vendorId, userId);
    }

    @Override
    public boolean owes(long evaluationId, long vendorId, long userId) {
        return scorecards.attendsAny(evaluationId, vendorId, userId);
    }

    @Override
    public List<OpenCard> open(long evaluationId) {
        Evaluation evaluation = evaluations.evaluation(evaluationId);
        RubricVersion rubric = rubrics.version(evaluation.visitRubric().versionId());
        Map<Long, String> cities = cities(evaluation);
        return scorecards.owed(evaluationId).stream()
                .filter(owed -> owed.card() == null || owed.card().status() != ScorecardStatus.SUBMITTED)
                .map(owed -> {
                    RubricVersion of = owed.card() == null || owed.card().rubricVersionId() == rubric.id() ? rubric
                            : rubrics.version(owed.card().rubricVersionId());
                    var progress = ScorecardCheck.progress(of, owed.card() == null ? Map.of()
                            : scorecards.scores(owed.card().id()));
                    return new OpenCard(KIND, owed.card() == null ? null : owed.card().id(), owed.userId(),
                            owed.vendorId(), owed.visitId(), cities.getOrDefault(owed.siteId(), ""), progress.scored(),
                            progress.total());
                }).toList();
    }

    @Override
    public List<OpenCard> close(long evaluationId, Instant at) {
        // Every draft of the evaluation, also one whose author no longer attends the visit.
        Map<Long, RubricVersion> versions = new java.util.HashMap<>();
        List<OpenCard> closed = scorecards.lockOfEvaluation(evaluationId, ScorecardStatus.DRAFT).stream().map(draft -> {
            var progress = ScorecardCheck.progress(versions.computeIfAbsent(draft.card().rubricVersionId(),
                    rubrics::version), scorecards.scores(draft.card().id()));
            return new OpenCard(KIND, draft.card().id(), draft.card().evaluatorId(), draft.vendorId(),
                    draft.card().visitId(), "", progress.scored(), progress.total());
        }).toList();
        scorecards.close(closed.stream().map(OpenCard::scorecardId).toList());
        for (OpenCard card : closed) {
            audit.record(AuditEntry.of("SCORECARD_CLOSED", "scorecard", card.scorecardId())
                    .withValues(ScorecardStatus.DRAFT.name(), ScorecardStatus.CLOSED.name() + " unsubmitted, "
                            + card.scored() + " of " + card.total() + " scored").in(evaluationId));
        }
        return closed;
    }

    @Override
    public int reopenClosed(long evaluationId, String reason) {
        var closed = scorecards.lockOfEvaluation(evaluationId, ScorecardStatus.CLOSED);
        String why = "Scoring re-opened: " + reason;
        scorecards.reopenClosed(evaluationId, why);
        for (var card : closed) {
            audit.record(AuditEntry.of("SCORECARD_REOPENED", "scorecard", card.card().id())
                    .withValues(ScorecardStatus.CLOSED.name(), ScorecardStatus.DRAFT.name())
                    .withReason(why).in(evaluationId));
        }
        return closed.size();
    }

    private static Map<Long, String> cities(Evaluation evaluation) {
        return evaluation.candidates().stream().map(Candidate::vendor).flatMap(v -> v.sites().stream())
                .filter(site -> site.id() != null)
                .collect(Collectors.toMap(VendorSite::id, VendorSite::city, (a, b) -> a));
    }
}
