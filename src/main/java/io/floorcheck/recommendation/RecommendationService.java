package io.floorcheck.recommendation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.floorcheck.audit.AccessRefused;
import io.floorcheck.audit.AuditEntry;
import io.floorcheck.audit.AuditService;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.Text;
import io.floorcheck.evaluation.ContributionGate;
import io.floorcheck.evaluation.Evaluation;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.EvaluationStatus;
import io.floorcheck.evaluation.Member;
import io.floorcheck.recommendation.internal.LeadershipScorecardRepository;
import io.floorcheck.recommendation.internal.RecommendationRepository.Row;
import io.floorcheck.recommendation.internal.RecommendationRepository;
import io.floorcheck.security.CurrentUser;
import io.floorcheck.visit.Visit;
import io.floorcheck.visit.VisitService;
import io.floorcheck.visit.VisitStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommendations of a visit's leadership debrief. Every member of the evaluation reads
 * them (they are what the vendor said, not anyone's score); attendees capture and complete
 * them while the evaluation is open; the lead merges duplicates and flags upsells, both audited.
 * Every change is announced with {@link RecommendationsChanged} so open debriefs update live.
 */
@Service
public class RecommendationService {

    static final String ENTITY = "recommendation";
    private static final int TITLE_LENGTH = 200;
    private static final int NAME_LENGTH = 120;
    private static final int TEXT_LENGTH = 4000;

    private final RecommendationRepository recommendations;
    private final LeadershipScorecardRepository scorecards;
    private final VisitService visits;
    private final EvaluationService evaluations;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RecommendationService(RecommendationRepository recommendations, LeadershipScorecardRepository scorecards,
            VisitService visits, EvaluationService evaluations, AuditService audit, Clock clock,
            ApplicationEventPublisher events) {
        this.recommendations = recommendations;
        this.scorecards = scorecards;
        this.visits = visits;
        this.evaluations = evaluations;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The debrief as the current user may see and work on it: every member reads it; an attendee
     * who may contribute for the vendor captures and edits what they captured; the lead curates.
     * An attendee held back by the conflict-of-interest gate gets the gate, to be shown with a
     * way to their declaration.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Debrief debrief(long visitId) {
        Visit visit = visits.visit(visitId);
        Evaluation evaluation = evaluations.evaluation(visit.evaluationId());
        Map<Long, String> names = evaluation.members().stream().collect(Collectors.toMap(Member::userId, Member::name));
        ContributionGate gate = visit.iAttend() && mayChange(visit, evaluation)
                ? evaluations.contributionGate(evaluation.id(), visit.vendorId()).orElse(null) : null;
        boolean mayCapture = visit.iAttend() && mayChange(visit, evaluation) && gate == null;
        boolean mayCurate = visit.iLead() && mayChange(visit, evaluation);
        long me = me();
        List<Row> rows = recommendations.ofVisit(visitId);
        List<Recommendation> active = new ArrayList<>();
        for (Row row : rows) {
            if (row.mergedInto() != null) {
                continue;
            }
            List<Recommendation.Merged> merged = rows.stream().filter(r -> Objects.equals(r.mergedInto(), row.id()))
                    .map(r -> new Recommendation.Merged(r.id(), r.details().title(), name(names, r.capturedBy())))
                    .toList();
            active.add(new Recommendation(row.id(), row.version(), row.details(), row.capturedAt(),
                    name(names, row.capturedBy()), row.upsell(), row.upsellNote(), merged,
                    mayCurate || (mayCapture && row.capturedBy() == me)));
        }
        return new Debrief(visitId, visit.evaluationId(), visit.vendorId(), visit.vendorName(), visit.site().city(),
                visit.site().timeZone(), visit.startsAt(), visit.iAttend(), mayCapture, mayCurate, active, gate);
    }

    /**
     * Captures a recommendation as it is made. The capture key comes from the capturing form:
     * sending the same key again (a double tap, a resend after a dropped line) returns the
     * recommendation already stored instead of making a second one.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("isAuthenticated()")
    public long capture(long visitId, String captureKey, RecommendationDraft draft) {
        Visit visit = visits.visit(visitId);
        requireAttendee(visit);
        requireOpen(visit);
        evaluations.requireMayContribute(visit.evaluationId(), visit.vendorId());
        if (captureKey == null || captureKey.isBlank() || captureKey.length() > 40) {
            throw new IllegalArgumentException("A capture key of 1 to 40 characters is required");
        }
        check(draft);
        long id;
        try {
            // Insert first: a second insert of the same key waits for the first to commit and then
            // fails on the unique key, where a check before inserting would let both through. Read
            // committed, the plain re-read then sees the first one's row without taking a lock
            // (locking reads by several waiting duplicates would deadlock each other).
            id = recommendations.insert(visitId, captureKey, draft, me(), clock.instant());
        } catch (DuplicateKeyException sameCapture) {
            return recommendations.byCaptureKey(visitId, captureKey).orElseThrow().id();
        }
        audit.record(AuditEntry.of("RECOMMENDATION_CAPTURED", ENTITY, id).withValues(null, describe(draft))
                .in(visit.evaluationId()));
        events.publishEvent(new RecommendationsChanged(visitId));
        return id;
    }

    /**
     * Completes or corrects a recommendation's details, against the version read: the attendee
     * who captured it (while they may contribute for the vendor), or the lead, who curates all.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int update(long id, int expectedVersion, RecommendationDraft draft) {
        Row row = active(id);
        Visit visit = visits.visit(row.visitId());
        requireOpen(visit);
        if (!visit.iLead()) {
            requireAttendee(visit);
            if (row.capturedBy() != me()) {
                String what = "Recommendation " + id + " was captured by another attendee";
                events.publishEvent(AccessRefused.of(what));
                throw new AccessDeniedException(what);
            }
            evaluations.requireMayContribute(visit.evaluationId(), visit.vendorId());
        }
        check(draft);
        int version = recommendations.update(id, expectedVersion, draft);
        audit.record(AuditEntry.of("RECOMMENDATION_EDITED", ENTITY, id).withValues(describe(row.details()),
                describe(draft)).in(visit.evaluationId()));
        events.publishEvent(new RecommendationsChanged(row.visitId()));
        return version;
    }

    /**
     * The lead merges a duplicate into the recommendation kept. The duplicate stays on record,
     * shown under the one kept; what was merged into the duplicate moves along with it, and so do
     * the evaluators' scores of the duplicate (see {@link #moveScores}).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void merge(long keptId, long duplicateId) {
        if (keptId == duplicateId) {
            throw new RuleViolation("recommendations.error.mergeSelf");
        }
        long visitId = recommendations.visitOf(keptId)
                .orElseThrow(() -> new RuleViolation("recommendations.error.notFound"));
        Visit visit = visits.visit(visitId);
        requireLead(visit);
        requireOpen(visit);
        // The visit's scorecards first, then the two recommendations: the order in which scoring
        // takes them (a card's lock, then the recommendation a new score refers to), so a merge
        // and an evaluator's first score of either recommendation cannot deadlock.
        scorecards.lockOfVisit(visitId);
        List<Row> pair = recommendations.lockPair(keptId, duplicateId);
        Row kept = pair.stream().filter(r -> r.id() == keptId).findFirst()
                .orElseThrow(() -> new RuleViolation("recommendations.error.notFound"));
        Row duplicate = pair.stream().filter(r -> r.id() == duplicateId).findFirst()
                .orElseThrow(() -> new RuleViolation("recommendations.error.notFound"));
        if (duplicate.visitId() != kept.visitId()) {
            throw new RuleViolation("recommendations.error.otherVisit");
        }
        if (kept.mergedInto() != null || duplicate.mergedInto() != null) {
            throw new RuleViolation("recommendations.error.alreadyMerged");
        }
        // An upsell merged with a real recommendation would hide one or the other.
        if (kept.upsell() != duplicate.upsell()) {
            throw new RuleViolation("recommendations.error.mergeUpsell");
        }
        recommendations.merge(keptId, duplicateId);
        int moved = moveScores(duplicateId, keptId, visit.evaluationId());
        audit.record(AuditEntry.of("RECOMMENDATION_MERGED", ENTITY, duplicateId)
                .withValues(describe(duplicate.details()), "merged into " + keptId + ": " + describe(kept.details())
                        + (moved == 0 ? "" : "; scores moved: " + moved)).in(visit.evaluationId()));
        events.publishEvent(new RecommendationsChanged(kept.visitId()));
    }

    /**
     * Moves each evaluator's scores of the duplicate to the recommendation kept, on every
     * leadership scorecard where they had not scored the kept one at all; where they had, their
     * own judgement of it stands whole and the duplicate's scores stay on record with the
     * duplicate. Either way each scorecard concerned gets an audit entry. The caller holds the
     * visit's scorecard locks: an evaluator scoring at this moment either finishes first (and
     * the score moves) or finds the duplicate merged.
     */
    private int moveScores(long duplicateId, long keptId, long evaluationId) {
        int moved = 0;
        for (LeadershipScorecardRepository.Moved card : scorecards.moveScores(duplicateId, keptId,
                clock.instant())) {
            audit.record(AuditEntry.of(card.moved() ? "LEADERSHIP_SCORES_MOVED" : "LEADERSHIP_SCORES_NOT_MOVED",
                    LeadershipScorecardService.ENTITY, card.scorecardId())
                    .withValues("recommendation " + duplicateId + ": " + card.describe(), card.moved()
                            ? "recommendation " + keptId
                            : "recommendation " + keptId + " already scored; kept with the duplicate")
                    .in(evaluationId));
            moved += card.moved() ? card.count() : 0;
        }
        return moved;
    }

    /** The lead flags a thinly veiled upsell (or takes the flag back); it is kept, never deleted. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int flagUpsell(long id, int expectedVersion, boolean upsell, String given) {
        String note = Text.cleanOrNull(given);
        Row row = active(id);
        Visit visit = visits.visit(row.visitId());
        requireLead(visit);
        requireOpen(visit);
        if (upsell && note == null) {
            throw new RuleViolation("evaluations.error.reasonMissing");
        }
        if (note != null && note.length() > TEXT_LENGTH) {
            throw new RuleViolation("recommendations.error.textLength", TEXT_LENGTH);
        }
        int version = recommendations.flagUpsell(id, expectedVersion, upsell, note);
        audit.record(AuditEntry.of("RECOMMENDATION_UPSELL", ENTITY, id).withValues(String.valueOf(row.upsell()),
                String.valueOf(upsell)).withReason(upsell ? note.strip() : null).in(visit.evaluationId()));
        events.publishEvent(new RecommendationsChanged(row.visitId()));
        return version;
    }

    // ---- Rules ----

    /** A recommendation under lock that has not been merged into another (a merged one is history). */
    private Row active(long id) {
        Row row = recommendations.lock(id).orElseThrow(() -> new RuleViolation("recommendations.error.notFound"));
        if (row.mergedInto() != null) {
            throw new RuleViolation("recommendations.error.alreadyMerged");
        }
        return row;
    }

    private boolean mayChange(Visit visit, Evaluation evaluation) {
        return (visit.status() == VisitStatus.IN_PROGRESS || visit.status() == VisitStatus.COMPLETED)
                && evaluation.status() == EvaluationStatus.OPEN;
    }

    private void requireOpen(Visit visit) {
        if (!mayChange(visit, evaluations.evaluation(visit.evaluationId()))) {
            throw new RuleViolation("recommendations.error.closed");
        }
    }

    private static void requireAttendee(Visit visit) {
        if (!visit.iAttend()) {
            throw new RuleViolation("recommendations.error.notAttendee");
        }
    }

    private void requireLead(Visit visit) {
        if (!visit.iLead()) {
            String what = "Not a lead of evaluation " + visit.evaluationId();
            events.publishEvent(AccessRefused.of(what));
            throw new AccessDeniedException(what);
        }
    }

    private static void check(RecommendationDraft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new RuleViolation("recommendations.error.titleMissing");
        }
        if (draft.area() == null) {
            throw new RuleViolation("recommendations.error.areaMissing");
        }
        if (draft.title().strip().length() > TITLE_LENGTH) {
            throw new RuleViolation("recommendations.error.titleLength", TITLE_LENGTH);
        }
        for (String name : new String[] {draft.proposerName(), draft.proposerTitle(), draft.targetKpi()}) {
            if (name != null && name.strip().length() > NAME_LENGTH) {
                throw new RuleViolation("recommendations.error.nameLength", NAME_LENGTH);
            }
        }
        for (String text : new String[] {draft.description(), draft.expectedEffect()}) {
            if (text != null && text.length() > TEXT_LENGTH) {
                throw new RuleViolation("recommendations.error.textLength", TEXT_LENGTH);
            }
        }
    }

    private static String describe(RecommendationDraft draft) {
        return draft.title().strip() + " [" + draft.area() + "]" + (draft.proposerName() == null ? ""
                : " by " + draft.proposerName()) + (draft.targetKpi() == null ? "" : ", KPI " + draft.targetKpi());
    }

    private static String name(Map<Long, String> names, long userId) {
        return names.getOrDefault(userId, "#" + userId);
    }

    private static long me() {
        return CurrentUser.account().orElseThrow(() -> new AccessDeniedException("Not signed in")).id();
    }
}
