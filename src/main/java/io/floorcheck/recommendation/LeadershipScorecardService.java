package io.floorcheck.recommendation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import io.floorcheck.audit.AccessRefused;
import io.floorcheck.audit.AuditActions;
import io.floorcheck.audit.AuditEntry;
import io.floorcheck.audit.AuditService;
import io.floorcheck.base.Mark;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.Text;
import io.floorcheck.evaluation.ContributionGate;
import io.floorcheck.evaluation.Evaluation;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.EvaluationStatus;
import io.floorcheck.evaluation.Member;
import io.floorcheck.recommendation.internal.LeadershipScorecardRepository.Row;
import io.floorcheck.recommendation.internal.LeadershipScorecardRepository.Scores;
import io.floorcheck.recommendation.internal.LeadershipScorecardRepository;
import io.floorcheck.recommendation.internal.RecommendationRepository;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.RubricService;
import io.floorcheck.rubric.RubricVersion;
import io.floorcheck.security.CurrentUser;
import io.floorcheck.visit.CardProgress;
import io.floorcheck.visit.ScoreEntry;
import io.floorcheck.visit.ScoreSave;
import io.floorcheck.visit.ScorecardCheck;
import io.floorcheck.visit.ScorecardStatus;
import io.floorcheck.visit.Visit;
import io.floorcheck.visit.VisitService;
import io.floorcheck.visit.VisitStatus;
import io.floorcheck.visit.VisitSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leadership scorecards: each attending evaluator scores every recommendation of a visit's
 * debrief and the session as a whole, on one card, every change saved as it is made. The same
 * rules as a visit scorecard: the card is its author's alone until submitted; other people's
 * scores are read only through {@link #vendor}, which keeps the blind rule; every submit, reopen
 * and change after a first submit is audited in the same transaction.
 */
@Service
public class LeadershipScorecardService {

    static final String ENTITY = "leadership_scorecard";
    /** The longest evidence note, also the limit the scorecard's text fields enforce as one types. */
    public static final int EVIDENCE_LENGTH = 4000;

    private final LeadershipScorecardRepository scorecards;
    private final RecommendationService recommendations;
    /** Which recommendations stand, read on every change without assembling the whole debrief. */
    private final RecommendationRepository recommendationRows;
    private final VisitService visits;
    private final EvaluationService evaluations;
    private final RubricService rubrics;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LeadershipScorecardService(LeadershipScorecardRepository scorecards, RecommendationService recommendations,
            RecommendationRepository recommendationRows, VisitService visits, EvaluationService evaluations,
            RubricService rubrics, AuditService audit, Clock clock, ApplicationEventPublisher events) {
        this.scorecards = scorecards;
        this.recommendations = recommendations;
        this.recommendationRows = recommendationRows;
        this.visits = visits;
        this.evaluations = evaluations;
        this.rubrics = rubrics;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The current user's leadership cards for those of the visits given that they attend (others
     * are absent: nothing is told about visits they do not attend), by visit id,
     * each with how far it has come against the debrief as it stands — in four queries however
     * many visits there are.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, CardProgress> progress(Collection<Long> visitIds) {
        List<LeadershipScorecardRepository.Progressing> cards = scorecards.progressing(visitIds, me());
        Map<Long, Integer> criteria = rubrics.criterionCounts(cards.stream()
                .flatMap(c -> java.util.stream.Stream.of(c.recommendationRubricVersionId(), c.sessionRubricVersionId()))
                .collect(Collectors.toSet()));
        Map<Long, Integer> standing = recommendationRows.standingCounts(visitIds);
        Map<Long, Integer> marked = scorecards.marked(cards.stream().map(LeadershipScorecardRepository.Progressing::id)
                .filter(Objects::nonNull).toList());
        Map<Long, CardProgress> progress = new HashMap<>();
        for (LeadershipScorecardRepository.Progressing card : cards) {
            int total = standing.getOrDefault(card.visitId(), 0)
                    * criteria.getOrDefault(card.recommendationRubricVersionId(), 0)
                    + criteria.getOrDefault(card.sessionRubricVersionId(), 0);
            progress.put(card.visitId(), new CardProgress(card.status(),
                    card.id() == null ? 0 : marked.getOrDefault(card.id(), 0), total));
        }
        return progress;
    }

    /**
     * The current user's leadership scorecard for a visit, started on first opening: an attendee
     * who may score the vendor, once the visit has started. A card already started always opens,
     * read-only when its author may no longer change it.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("isAuthenticated()")
    public LeadershipScorecard open(long visitId) {
        Visit visit = visits.visit(visitId);
        Evaluation evaluation = evaluations.evaluation(visit.evaluationId());
        long me = me();
        Optional<Row> existing = scorecards.findFor(visitId, me);
        if (existing.isPresent()) {
            return assemble(existing.get(), visit, evaluation);
        }
        if (!visit.iAttend()) {
            throw new RuleViolation("leadership.error.notAttendee");
        }
        if (!started(visit.status())) {
            throw new RuleViolation("scorecards.error.notStarted");
        }
        evaluations.requireMayContribute(evaluation.id(), visit.vendorId());
        if (evaluations.holdStatus(evaluation.id()) != EvaluationStatus.OPEN) {
            throw new RuleViolation("evaluations.error.notOpen");
        }
        try {
            // Insert first: a second device opening the card at the same moment fails on the
            // unique key and reads the card the first one made (read committed).
            scorecards.insert(visitId, me, evaluation.recommendationRubric().versionId(),
                    evaluation.sessionRubric().versionId(), clock.instant());
        } catch (DuplicateKeyException openedElsewhere) {
            // The other device's card is the one.
        }
        return assemble(scorecards.findFor(visitId, me).orElseThrow(), visit, evaluation);
    }

    /** Sets a criterion's mark for a recommendation or (recommendation null) the session. */
    @Transactional(isolation = Isolation.READ_COMMITTED) // reads what committed while it waited for its locks
    @PreAuthorize("isAuthenticated()")
    public ScoreSave mark(long scorecardId, Long recommendationId, String criterionCode, int expectedVersion,
            Mark mark) {
        Objects.requireNonNull(mark, "mark");
        return change(scorecardId, recommendationId, criterionCode, expectedVersion, criterion -> {
            ScorecardCheck.misfit(criterion, mark).ifPresent(problem -> {
                throw problem;
            });
            return entry -> new ScoreEntry(entry.criterionCode(), mark, entry.evidence(), List.of(), entry.version());
        });
    }

    /** Sets a criterion's evidence note, the quote or moment behind the score (blank clears it). */
    @Transactional(isolation = Isolation.READ_COMMITTED) // reads what committed while it waited for its locks
    @PreAuthorize("isAuthenticated()")
    public ScoreSave note(long scorecardId, Long recommendationId, String criterionCode, int expectedVersion,
            String given) {
        String evidence = Text.clean(given);
        if (evidence != null && evidence.length() > EVIDENCE_LENGTH) {
            throw new RuleViolation("scorecards.error.evidenceLength", EVIDENCE_LENGTH);
        }
        return change(scorecardId, recommendationId, criterionCode, expectedVersion,
                criterion -> entry -> new ScoreEntry(entry.criterionCode(), entry.mark(), evidence, List.of(),
                        entry.version()));
    }

    /** Submits a complete card: every recommendation and the session scored, every required note written. */
    @Transactional(isolation = Isolation.READ_COMMITTED) // reads what committed while it waited for its locks
    @PreAuthorize("isAuthenticated()")
    public int submit(long scorecardId, int expectedVersion) {
        Editing editing = editing(scorecardId);
        if (editing.row().status() != ScorecardStatus.DRAFT) {
            throw new RuleViolation("scorecards.error.submitted");
        }
        Scores scores = scorecards.scores(scorecardId);
        ScorecardCheck.Progress progress = progress(editing, scores);
        if (!progress.complete()) {
            throw new RuleViolation("scorecards.error.incomplete", progress.total() - progress.scored(),
                    progress.evidenceMissing());
        }
        int version = scorecards.submit(scorecardId, expectedVersion, clock.instant());
        audit.record(marked(editing, AuditEntry.of("LEADERSHIP_SCORECARD_SUBMITTED", ENTITY, scorecardId)
                .withValues(ScorecardStatus.DRAFT.name(), summary(editing, scores))));
        return version;
    }

    /** Makes a submitted card editable again, with a reason; only while the evaluation is open. */
    @Transactional(isolation = Isolation.READ_COMMITTED) // reads what committed while it waited for its locks
    @PreAuthorize("isAuthenticated()")
    public int reopen(long scorecardId, int expectedVersion, String reason) {
        Editing editing = editing(scorecardId);
        if (editing.row().status() != ScorecardStatus.SUBMITTED) {
            throw new RuleViolation("scorecards.error.notSubmitted");
        }
        String why = Text.reason(reason);
        int version = scorecards.reopen(scorecardId, expectedVersion, why);
        audit.record(marked(editing, AuditEntry.of("LEADERSHIP_SCORECARD_REOPENED", ENTITY, scorecardId)
                .withValues(ScorecardStatus.SUBMITTED.name(), ScorecardStatus.DRAFT.name()).withReason(why)));
        return version;
    }

    /**
     * Every recommendation made to the evaluation by a vendor, visit by visit, with the attendees'
     * leadership scorecards: who has submitted, for every member; the scores of submitted cards
     * only when the blind rule lets the current user read colleagues' scores for the vendor (for
     * an evaluator: once their own leadership cards for it are all submitted).
     */
    @Transactional // it records when the reader is first shown colleagues' scores
    @PreAuthorize("isAuthenticated()")
    public VendorRecommendations vendor(long evaluationId, long vendorId) {
        Evaluation evaluation = evaluations.evaluation(evaluationId);
        var candidate = evaluation.candidates().stream().filter(c -> c.id() == vendorId).findFirst()
                .orElseThrow(() -> new RuleViolation("evaluations.error.notCandidate"));
        List<Visit> ofVendor = visitsOf(evaluationId, vendorId);
        long me = me();
        Map<Long, String> names = evaluation.members().stream().collect(Collectors.toMap(Member::userId, Member::name));
        // Every card of the vendor's visits with what it has not scored yet: read first, shown
        // only once the blind rule below allows.
        List<VisitCards> all = ofVendor.stream().map(this::cards).toList();
        boolean visible = evaluations.mayReadOthersScores(evaluationId, vendorId);
        boolean shownColleagues = false;
        List<VendorRecommendations.VisitDebrief> debriefs = new ArrayList<>();
        for (VisitCards visit : all) {
            Map<Long, Row> byEvaluator = visit.cards().stream().collect(Collectors.toMap(Row::evaluatorId, row -> row));
            List<VendorRecommendations.Card> cards = new ArrayList<>();
            for (var attendee : visit.visit().attendees()) {
                Row row = byEvaluator.get(attendee.userId());
                Scores card = row == null ? Scores.NONE : visit.scores().getOrDefault(row.id(), Scores.NONE);
                boolean shown = visible && row != null && row.status() == ScorecardStatus.SUBMITTED;
                shownColleagues |= shown && attendee.userId() != me;
                cards.add(new VendorRecommendations.Card(attendee.userId(),
                        names.getOrDefault(attendee.userId(), attendee.name()), row == null ? null : row.status(),
                        row == null ? null : row.submittedAt(), row == null ? 0 : visit.unscored(row),
                        shown ? card.recommendations() : Map.of(), shown ? card.session() : Map.of()));
            }
            debriefs.add(new VendorRecommendations.VisitDebrief(visit.visit().id(), visit.visit().site().city(),
                    visit.visit().startsAt(), visit.visit().status(), visit.standing(), cards));
        }
        if (shownColleagues) {
            // From now on the user's own changes to this vendor's scores are marked as after unblinding.
            evaluations.recordSeen(evaluationId, vendorId);
        }
        return new VendorRecommendations(evaluationId, vendorId, candidate.name(), visible,
                evaluations.blindWait(evaluationId, vendorId),
                rubrics.version(evaluation.recommendationRubric().versionId()),
                rubrics.version(evaluation.sessionRubric().versionId()), debriefs);
    }

    // ---- Changing one criterion ----

    /** A card under lock, checked to be the current user's and open for their changes. */
    private record Editing(Row row, Visit visit, RubricVersion recommendationRubric, RubricVersion sessionRubric,
            List<Long> standing, boolean unblinded) {
    }

    /** Files the entry under the evaluation and marks what its author did after unblinding. */
    private static AuditEntry marked(Editing editing, AuditEntry entry) {
        AuditEntry filed = entry.in(editing.visit().evaluationId());
        return editing.unblinded() ? filed.marked(AuditActions.AFTER_UNBLINDING) : filed;
    }

    private Editing editing(long scorecardId) {
        // The evaluation first (the order the end of scoring takes them in; a write's SQL reads the
        // evaluation too), then the card's lock, so everything read after it (the recommendations,
        // which a merge may be changing) is read after any merge holding the lock has committed.
        evaluations.holdStatus(scorecards.evaluationOf(scorecardId)
                .orElseThrow(() -> new RuleViolation("leadership.error.notFound")));
        Row row = scorecards.lock(scorecardId).orElseThrow(() -> new RuleViolation("leadership.error.notFound"));
        Visit visit = visits.visit(row.visitId());
        if (row.evaluatorId() != me()) {
            String what = "Leadership scorecard " + scorecardId + " belongs to another evaluator";
            events.publishEvent(AccessRefused.of(what));
            throw new AccessDeniedException(what);
        }
        if (!visit.iAttend()) {
            throw new RuleViolation("leadership.error.notAttendee");
        }
        if (!started(visit.status())) {
            throw new RuleViolation("scorecards.error.notStarted");
        }
        evaluations.requireMayContribute(visit.evaluationId(), visit.vendorId());
        return new Editing(row, visit, rubrics.version(row.recommendationRubricVersionId()),
                rubrics.version(row.sessionRubricVersionId()), recommendationRows.standingIds(visit.id()),
                evaluations.unblinded(visit.evaluationId(), visit.vendorId()));
    }

    /** Builds the change for a criterion once the card and the criterion are known to be editable. */
    private interface Change {
        UnaryOperator<ScoreEntry> prepare(Criterion criterion);
    }

    private ScoreSave change(long scorecardId, Long recommendationId, String criterionCode, int expectedVersion,
            Change change) {
        Editing editing = editing(scorecardId);
        if (editing.row().status() != ScorecardStatus.DRAFT) {
            throw new RuleViolation("scorecards.error.submitted");
        }
        if (recommendationId != null && !editing.standing().contains(recommendationId)) {
            // Merged into another since the card was opened, or not of this debrief at all.
            throw new RuleViolation("leadership.error.notStanding");
        }
        RubricVersion rubric = recommendationId == null ? editing.sessionRubric() : editing.recommendationRubric();
        Criterion criterion = rubric.sections().stream().flatMap(s -> s.criteria().stream())
                .filter(c -> c.code().equals(criterionCode)).findFirst()
                .orElseThrow(() -> new RuleViolation("scorecards.error.noSuchCriterion", criterionCode));
        UnaryOperator<ScoreEntry> apply = change.prepare(criterion);
        Scores scores = scorecards.scores(scorecardId);
        ScoreEntry current = (recommendationId == null ? scores.session()
                : scores.recommendations().getOrDefault(recommendationId, Map.of()))
                .getOrDefault(criterionCode, ScoreEntry.blank(criterionCode));
        if (current.version() != expectedVersion) {
            // Another tab or device changed it since this one read it: show, never overwrite.
            return new ScoreSave(false, current, progress(editing, scores));
        }
        ScoreEntry next = apply.apply(current);
        String key = LeadershipCheck.key(recommendationId, criterionCode);
        scorecards.resumeAt(scorecardId, key);
        if (next.mark().equals(current.mark())
                && Objects.equals(blankToNull(next.evidence()), blankToNull(current.evidence()))) {
            return new ScoreSave(true, current, progress(editing, scores));
        }
        ScoreEntry saved = scorecards.save(scorecardId, recommendationId, next, editing.unblinded(), clock.instant());
        Scores after = with(scores, recommendationId, saved);
        // Every change once submitted, and every change after seeing colleagues' scores, is on record.
        if (editing.row().firstSubmittedAt() != null || editing.unblinded()) {
            audit.record(marked(editing, AuditEntry.of("LEADERSHIP_SCORE_CHANGED", ENTITY, scorecardId)
                    .withValues(key + ": " + describe(current), key + ": " + describe(saved))
                    .withReason(editing.row().reopenReason())));
        }
        return new ScoreSave(true, saved, progress(editing, after));
    }

    private static Scores with(Scores scores, Long recommendationId, ScoreEntry saved) {
        if (recommendationId == null) {
            Map<String, ScoreEntry> session = new HashMap<>(scores.session());
            session.put(saved.criterionCode(), saved);
            return new Scores(scores.recommendations(), session);
        }
        Map<Long, Map<String, ScoreEntry>> all = new HashMap<>(scores.recommendations());
        Map<String, ScoreEntry> one = new HashMap<>(all.getOrDefault(recommendationId, Map.of()));
        one.put(saved.criterionCode(), saved);
        all.put(recommendationId, one);
        return new Scores(all, scores.session());
    }

    private static ScorecardCheck.Progress progress(Editing editing, Scores scores) {
        return LeadershipCheck.progress(editing.recommendationRubric(), editing.sessionRubric(),
                editing.standing(), scores.recommendations(),
                scores.session());
    }

    // ---- Helpers ----

    private LeadershipScorecard assemble(Row row, Visit visit, Evaluation evaluation) {
        ContributionGate gate = visit.iAttend() && started(visit.status())
                ? evaluations.contributionGate(evaluation.id(), visit.vendorId()).orElse(null) : null;
        boolean mayScore = visit.iAttend() && started(visit.status()) && gate == null;
        Scores scores = scorecards.scores(row.id());
        return new LeadershipScorecard(row.id(), row.version(), visit.id(), visit.vendorName(), visit.site().city(),
                row.status(), row.submittedAt(), mayScore && row.status() == ScorecardStatus.DRAFT,
                mayScore && row.status() == ScorecardStatus.SUBMITTED,
                rubrics.version(row.recommendationRubricVersionId()), rubrics.version(row.sessionRubricVersionId()),
                recommendations.debrief(visit.id()).recommendations(), scores.recommendations(), scores.session(),
                row.resumeAt(), gate);
    }

    /** The vendor's visits in the evaluation that are not cancelled, in date order. */
    private List<Visit> visitsOf(long evaluationId, long vendorId) {
        return visits.visits(evaluationId).stream().filter(v -> v.status() != VisitStatus.CANCELLED)
                .map(VisitSummary::id).map(visits::visit).filter(v -> v.vendorId() == vendorId).toList();
    }

    /** A visit's debrief as it stands, with every leadership scorecard of it, their rubrics and scores. */
    private record VisitCards(Visit visit, List<Recommendation> standing, List<Row> cards,
            Map<Long, RubricVersion> rubrics, Map<Long, Scores> scores) {

        /** What a card has not scored (or lacks a required note for) among what stands now, by its own rubrics. */
        int unscored(Row card) {
            Scores of = scores.getOrDefault(card.id(), Scores.NONE);
            ScorecardCheck.Progress progress = LeadershipCheck.progress(
                    rubrics.get(card.recommendationRubricVersionId()), rubrics.get(card.sessionRubricVersionId()),
                    standing.stream().map(Recommendation::id).toList(), of.recommendations(), of.session());
            return progress.open().size();
        }
    }

    private VisitCards cards(Visit visit) {
        List<Row> cards = scorecards.ofVisit(visit.id());
        Map<Long, RubricVersion> versions = new HashMap<>();
        for (Row card : cards) {
            for (long id : List.of(card.recommendationRubricVersionId(), card.sessionRubricVersionId())) {
                versions.computeIfAbsent(id, rubrics::version);
            }
        }
        return new VisitCards(visit, recommendations.debrief(visit.id()).recommendations(), cards, versions,
                scorecards.scores(cards.stream().map(Row::id).toList()));
    }

    private static String summary(Editing editing, Scores scores) {
        List<String> parts = new ArrayList<>();
        for (long recommendation : editing.standing()) {
            Map<String, ScoreEntry> one = scores.recommendations().getOrDefault(recommendation, Map.of());
            parts.add("#" + recommendation + " " + marks(editing.recommendationRubric(), one));
        }
        parts.add("session " + marks(editing.sessionRubric(), scores.session()));
        return String.join("; ", parts);
    }

    private static String marks(RubricVersion rubric, Map<String, ScoreEntry> scores) {
        return rubric.sections().stream().flatMap(s -> s.criteria().stream())
                .map(c -> c.code() + "=" + scores.getOrDefault(c.code(), ScoreEntry.blank(c.code())).mark().describe())
                .collect(Collectors.joining(", "));
    }

    private static String describe(ScoreEntry entry) {
        return entry.mark().describe() + (entry.hasEvidence() ? ", evidence: " + entry.evidence().strip() : "");
    }

    private static boolean started(VisitStatus status) {
        return status == VisitStatus.IN_PROGRESS || status == VisitStatus.COMPLETED;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static long me() {
        return CurrentUser.account().orElseThrow(() -> new AccessDeniedException("Not signed in")).id();
    }
}
