package io.floorcheck.recommendation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.floorcheck.audit.AuditEntry;
import io.floorcheck.audit.AuditService;
import io.floorcheck.evaluation.Evaluation;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.ScoreSubmissions;
import io.floorcheck.recommendation.LeadershipCheck;
import io.floorcheck.recommendation.internal.LeadershipScorecardRepository.Row;
import io.floorcheck.rubric.RubricService;
import io.floorcheck.rubric.RubricVersion;
import io.floorcheck.visit.Attendee;
import io.floorcheck.visit.ScorecardCheck;
import io.floorcheck.visit.ScorecardStatus;
import io.floorcheck.visit.Visit;
import io.floorcheck.visit.VisitService;
import io.floorcheck.visit.VisitStatus;
import io.floorcheck.visit.VisitSummary;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The leadership scorecards, as the blind rule and the end of scoring ask about them. A card
 * counts as submitted only while it is complete for the debrief as it stands now: a
 * recommendation captured after the submit makes it not submitted again.
 */
@Component
@Order(2)
class LeadershipScoreSubmissions implements ScoreSubmissions {

    static final String KIND = "leadership";

    private final LeadershipScorecardRepository scorecards;
    private final RecommendationRepository recommendations;
    private final VisitService visits;
    private final RubricService rubrics;
    private final AuditService audit;
    private final EvaluationService evaluations;

    LeadershipScoreSubmissions(LeadershipScorecardRepository scorecards, RecommendationRepository recommendations,
            VisitService visits, RubricService rubrics, AuditService audit, EvaluationService evaluations) {
        this.evaluations = evaluations;
        this.scorecards = scorecards;
        this.recommendations = recommendations;
        this.visits = visits;
        this.rubrics = rubrics;
        this.audit = audit;
    }

    /**
     * The user attends at least one of the vendor's visits and has, for every one of them, a
     * submitted leadership card complete for the debrief as it stands (a visit still to come
     * counts as not submitted); and no draft card of theirs is left on any of the vendor's visits
     * (say one they no longer attend).
     */
    @Override
    public boolean submittedAll(long evaluationId, long vendorId, long userId) {
        boolean attends = false;
        for (Visit visit : visitsOf(evaluationId, vendorId)) {
            Optional<Row> mine = scorecards.findFor(visit.id(), userId);
            if (attending(visit, userId)) {
                attends = true;
                if (mine.isEmpty() || mine.get().status() != ScorecardStatus.SUBMITTED
                        || progress(mine.get(), new HashMap<>()).open().size() > 0) {
                    return false;
                }
            } else if (mine.isPresent() && mine.get().status() == ScorecardStatus.DRAFT) {
                return false;
            }
        }
        return attends;
    }

    @Override
    public boolean owes(long evaluationId, long vendorId, long userId) {
        return visitsOf(evaluationId, vendorId).stream().anyMatch(visit -> attending(visit, userId));
    }

    @Override
    public List<OpenCard> open(long evaluationId) {
        List<OpenCard> open = new ArrayList<>();
        Map<Long, RubricVersion> versions = new HashMap<>();
        Evaluation evaluation = evaluations.evaluation(evaluationId);
        for (Visit visit : visitsOf(evaluationId, null)) {
            for (Attendee attendee : visit.attendees()) {
                Optional<Row> card = scorecards.findFor(visit.id(), attendee.userId());
                if (card.isPresent() && card.get().status() == ScorecardStatus.SUBMITTED) {
                    continue; // submitted: it counts, for what it covers
                }
                ScorecardCheck.Progress progress = card.map(c -> progress(c, versions)).orElseGet(() ->
                        LeadershipCheck.progress(version(evaluation.recommendationRubric().versionId(), versions),
                                version(evaluation.sessionRubric().versionId(), versions),
                                recommendations.standingIds(visit.id()), Map.of(), Map.of()));
                open.add(new OpenCard(KIND, card.map(Row::id).orElse(null), attendee.userId(), visit.vendorId(),
                        visit.id(), visit.site().city(), progress.scored(), progress.total()));
            }
        }
        return open;
    }

    @Override
    public List<OpenCard> close(long evaluationId, Instant at) {
        List<Row> drafts = scorecards.lockOfEvaluation(evaluationId, ScorecardStatus.DRAFT);
        Map<Long, RubricVersion> versions = new HashMap<>();
        List<OpenCard> closed = new ArrayList<>();
        for (Row card : drafts) {
            ScorecardCheck.Progress progress = progress(card, versions);
            Visit visit = visits.visit(card.visitId());
            closed.add(new OpenCard(KIND, card.id(), card.evaluatorId(), visit.vendorId(), card.visitId(),
                    visit.site().city(), progress.scored(), progress.total()));
            audit.record(AuditEntry.of("LEADERSHIP_SCORECARD_CLOSED", "leadership_scorecard", card.id())
                    .withValues(ScorecardStatus.DRAFT.name(), ScorecardStatus.CLOSED.name() + " unsubmitted, "
                            + progress.scored() + " of " + progress.total() + " scored").in(evaluationId));
        }
        scorecards.close(drafts.stream().map(Row::id).toList());
        return closed;
    }

    @Override
    public int reopenClosed(long evaluationId, String reason) {
        List<Row> closed = scorecards.lockOfEvaluation(evaluationId, ScorecardStatus.CLOSED);
        String why = "Scoring re-opened: " + reason;
        scorecards.reopenClosed(evaluationId, why);
        for (Row card : closed) {
            audit.record(AuditEntry.of("LEADERSHIP_SCORECARD_REOPENED", "leadership_scorecard", card.id())
                    .withValues(ScorecardStatus.CLOSED.name(), ScorecardStatus.DRAFT.name())
                    .withReason(why).in(evaluationId));
        }
        return closed.size();
    }

    /** How far a card is, against the debrief as it stands and the card's own rubric versions. */
    private ScorecardCheck.Progress progress(Row card, Map<Long, RubricVersion> versions) {
        var scores = scorecards.scores(card.id());
        return LeadershipCheck.progress(version(card.recommendationRubricVersionId(), versions),
                version(card.sessionRubricVersionId(), versions), recommendations.standingIds(card.visitId()),
                scores.recommendations(), scores.session());
    }

    private RubricVersion version(long id, Map<Long, RubricVersion> versions) {
        return versions.computeIfAbsent(id, rubrics::version);
    }

    /** The evaluation's visits not cancelled, to one vendor or (vendor null) to all. */
    private List<Visit> visitsOf(long evaluationId, Long vendorId) {
        return visits.visits(evaluationId).stream().filter(v -> v.status() != VisitStatus.CANCELLED)
                .map(VisitSummary::id).map(visits::visit)
                .filter(v -> vendorId == null || v.vendorId() == vendorId).toList();
    }

    private static boolean attending(Visit visit, long userId) {
        return visit.attendees().stream().anyMatch(a -> a.userId() == userId);
    }
}
