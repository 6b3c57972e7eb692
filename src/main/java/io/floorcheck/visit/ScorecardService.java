package io.floorcheck.visit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.RubricService;
import io.floorcheck.rubric.RubricVersion;
import io.floorcheck.security.CurrentUser;
import io.floorcheck.visit.internal.CallRepository;
import io.floorcheck.visit.internal.ScorecardRepository;
import io.floorcheck.visit.internal.VisitRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scorecards: each attendee scores the visit on their own card, criterion by criterion, every
 * change saved as it is made. A card belongs to its author alone until it is submitted; the
 * team's scores are read only through {@link #team}, which keeps the blind rule. Every change
 * after a first submit, every submit and every reopen is audited in the same transaction.
 */
@Service
public class ScorecardService {

    static final String ENTITY = "scorecard";
    /** The longest evidence note, also the limit the scorecard's text fields enforce as one types. */
    public static final int EVIDENCE_LENGTH = 4000;

    private final ScorecardRepository scorecards;
    private final VisitRepository visits;
    private final CallRepository calls;
    private final CallLogService callLog;
    private final EvaluationService evaluations;
    private final RubricService rubrics;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ScorecardService(ScorecardRepository scorecards, VisitRepository visits, CallRepository calls,
            CallLogService callLog, EvaluationService evaluations, RubricService rubrics, AuditService audit,
            Clock clock, ApplicationEventPublisher events) {
        this.scorecards = scorecards;
        this.visits = visits;
        this.calls = calls;
        this.callLog = callLog;
        this.evaluations = evaluations;
        this.rubrics = rubrics;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The current user's scorecard for a visit, started on first opening: an attendee who may
     * score the vendor, once the visit has started. A card already started always opens, read-only
     * when its author may no longer change it.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Scorecard open(long visitId) {
        VisitRepository.Row visit = visits.find(visitId).orElseThrow(() -> new RuleViolation("visits.error.notFound"));
        Evaluation evaluation = evaluations.evaluation(visit.evaluationId());
        long me = me();
        var existing = scorecards.findFor(visitId, me);
        if (existing.isPresent()) {
            return assemble(existing.get(), visit, evaluation);
        }
        // The evaluation first, then the visit: the order the end of scoring and the leadership
        // card take them in, so two cards opened at once never wait for each other in a circle.
        EvaluationStatus status = evaluations.holdStatus(evaluation.id());
        visits.lock(visitId);
        if (!isAttendee(visitId, me)) {
            throw new RuleViolation("scorecards.error.notAttendee");
        }
        if (!started(visit.status())) {
            throw new RuleViolation("scorecards.error.notStarted");
        }
        evaluations.requireMayContribute(evaluation.id(), visit.vendorId());
        if (status != EvaluationStatus.OPEN) {
            throw new RuleViolation("evaluations.error.notOpen");
        }
        // A locking read: a second device opening the card at the same moment has just made it.
        var row = scorecards.lockFor(visitId, me);
        if (row.isEmpty()) {
            scorecards.insert(visitId, me, evaluation.visitRubric().versionId(), clock.instant());
            row = scorecards.findFor(visitId, me);
        }
        return assemble(row.orElseThrow(), visit, evaluation);
    }

    /** Sets a criterion's mark: a level, N/A, pass/fail, or none to clear it. */
    @Transactional(isolation = Isolation.READ_COMMITTED) // reads what committed while it waited for its locks
    @PreAuthorize("isAuthenticated()")
    public ScoreSave mark(long scorecardId, String criterionCode, int expectedVersion, Mark mark) {
        Objects.requireNonNull(mark, "mark");
        return change(scorecardId, criterionCode, expectedVersion, (editing, criterion) -> {
            ScorecardCheck.misfit(criterion, mark).ifPresent(problem -> {
                throw problem;
            });
            return entry -> entry.with(mark, entry.evidence(), entry.callIds());
        });
    }

    /** Sets a criterion's evidence note (blank clears it). */
    @Transactional(isolation = Isolation.READ_COMMITTED) // reads what committed while it waited for its locks
    @PreAuthorize("isAuthenticated()")
    public ScoreSave note(long scorecardId, String criterionCode, int expectedVersion, String given) {
        String evidence = Text.clean(given);
        if (evidence != null && evidence.length() > EVIDENCE_LENGTH) {
            throw new RuleViolation("scorecards.error.evidenceLength", EVIDENCE_LENGTH);
        }
        return change(scorecardId, criterionCode, expectedVersion,
                (editing, criterion) -> entry -> entry.with(entry.mark(), evidence, entry.callIds()));
    }

    /** Links calls of the visit's log to a criterion as evidence, replacing the links it had. */
    @Transactional(isolation = Isolation.READ_COMMITTED) // reads what committed while it waited for its locks
    @PreAuthorize("isAuthenticated()")
    public ScoreSave link(long scorecardId, String criterionCode, int expectedVersion, Collection<Long> callIds) {
        return change(scorecardId, criterionCode, expectedVersion, (editing, criterion) -> {
            Set<Long> ofVisit = calls.ofVisit(editing.row().visitId()).stream().map(CallRepository.Stored::id)
                    .collect(Collectors.toSet());
            if (!ofVisit.containsAll(callIds)) {
                throw new RuleViolation("scorecards.error.notThisVisitsCall");
            }
            List<Long> linked = new LinkedHashSet<>(callIds).stream().sorted().toList();
            return entry -> entry.with(entry.mark(), entry.evidence(), linked);
        });
    }

    /** Submits a complete scorecard: every criterion marked, every required evidence note written. */
    @Transactional(isolation = Isolation.READ_COMMITTED) // reads what committed while it waited for its locks
    @PreAuthorize("isAuthenticated()")
    public int submit(long scorecardId, int expectedVersion) {
        Editing editing = editing(scorecardId);
        if (editing.row().status() != ScorecardStatus.DRAFT) {
            throw new RuleViolation("scorecards.error.submitted");
        }
        Map<String, ScoreEntry> scores = scorecards.scores(scorecardId);
        ScorecardCheck.Progress progress = ScorecardCheck.progress(editing.rubric(), scores);
        if (!progress.complete()) {
            throw new RuleViolation("scorecards.error.incomplete", progress.total() - progress.scored(),
                    progress.evidenceMissing());
        }
        // The figures beside this judgement stay as they were when it was made.
        int version = scorecards.submit(scorecardId, expectedVersion,
                CallSnapshot.encode(callLog.log(editing.visit().id()).calls()), clock.instant());
        audit.record(marked(editing, AuditEntry.of("SCORECARD_SUBMITTED", ENTITY, scorecardId)
                .withValues(ScorecardStatus.DRAFT.name(), summary(editing.rubric(), scores))));
        return version;
    }

    /** Makes a submitted scorecard editable again, with a reason; only while the evaluation is open. */
    @Transactional(isolation = Isolation.READ_COMMITTED) // reads what committed while it waited for its locks
    @PreAuthorize("isAuthenticated()")
    public int reopen(long scorecardId, int expectedVersion, String reason) {
        Editing editing = editing(scorecardId);
        if (editing.row().status() != ScorecardStatus.SUBMITTED) {
            throw new RuleViolation("scorecards.error.notSubmitted");
        }
        String why = Text.reason(reason);
        int version = scorecards.reopen(scorecardId, expectedVersion, why);
        audit.record(marked(editing, AuditEntry.of("SCORECARD_REOPENED", ENTITY, scorecardId)
                .withValues(ScorecardStatus.SUBMITTED.name(), ScorecardStatus.DRAFT.name()).withReason(why)));
        return version;
    }

    /**
     * Every attendee's scorecard of the visit: who has submitted, for every member; the scores
     * of submitted cards only when the blind rule lets the current user read colleagues' scores
     * for the vendor (for an evaluator: once their own cards for it are all submitted, see
     * {@link ScorecardRepository#submittedAllFor}).
     */
    @Transactional // it records when the reader is first shown colleagues' scores
    @PreAuthorize("isAuthenticated()")
    public TeamScores team(long visitId) {
        VisitRepository.Row visit = visits.find(visitId).orElseThrow(() -> new RuleViolation("visits.error.notFound"));
        Evaluation evaluation = evaluations.evaluation(visit.evaluationId());
        boolean visible = evaluations.mayReadOthersScores(evaluation.id(), visit.vendorId());
        Map<Long, ScorecardRepository.Row> byEvaluator = scorecards.ofVisit(visitId).stream()
                .collect(Collectors.toMap(ScorecardRepository.Row::evaluatorId, row -> row));
        List<Long> attendees = visits.attendees(List.of(visitId)).getOrDefault(visitId, List.of());
        List<Long> readable = visible ? byEvaluator.values().stream()
                .filter(row -> row.status() == ScorecardStatus.SUBMITTED).map(ScorecardRepository.Row::id).toList()
                : List.of();
        Map<Long, Map<String, ScoreEntry>> scores = scorecards.scores(readable);
        long me = me();
        if (byEvaluator.values().stream().anyMatch(row -> row.evaluatorId() != me && scores.containsKey(row.id()))) {
            // Shown colleagues' scores: from now on the user's own changes are marked as after unblinding.
            evaluations.recordSeen(evaluation.id(), visit.vendorId());
        }
        Map<Long, String> names = evaluation.members().stream().collect(Collectors.toMap(Member::userId, Member::name));
        List<TeamScores.Card> cards = new ArrayList<>();
        for (long attendee : attendees) {
            ScorecardRepository.Row row = byEvaluator.get(attendee);
            cards.add(new TeamScores.Card(attendee, names.getOrDefault(attendee, "#" + attendee),
                    row == null ? null : row.status(), row == null ? null : row.submittedAt(),
                    row == null ? Map.of() : scores.getOrDefault(row.id(), Map.of())));
        }
        return new TeamScores(visible, evaluations.blindWait(evaluation.id(), visit.vendorId()), rubrics.version(evaluation.visitRubric().versionId()), cards, me);
    }

    // ---- Changing one criterion ----

    /**
     * A scorecard under lock, checked to be the current user's and open for their changes;
     * {@code unblinded} when its author has already been able to see colleagues' scores of the vendor.
     */
    private record Editing(ScorecardRepository.Row row, VisitRepository.Row visit, RubricVersion rubric,
            boolean unblinded) {
    }

    /** Files the entry under the evaluation and marks what its author did after unblinding. */
    private static AuditEntry marked(Editing editing, AuditEntry entry) {
        AuditEntry filed = entry.in(editing.visit().evaluationId());
        return editing.unblinded() ? filed.marked(AuditActions.AFTER_UNBLINDING) : filed;
    }

    private Editing editing(long scorecardId) {
        // The evaluation first, then the card: the order the end of scoring takes them in. A write's
        // SQL also reads the evaluation (scores change only while it is open), so the other order
        // could wait in a circle with the lead ending scoring at that moment.
        // Holding the evaluation also checks that the user is on its team.
        evaluations.holdStatus(scorecards.evaluationOf(scorecardId)
                .orElseThrow(() -> new RuleViolation("scorecards.error.notFound")));
        ScorecardRepository.Row row = scorecards.lock(scorecardId)
                .orElseThrow(() -> new RuleViolation("scorecards.error.notFound"));
        VisitRepository.Row visit = visits.find(row.visitId()).orElseThrow();
        if (row.evaluatorId() != me()) {
            String what = "Scorecard " + scorecardId + " belongs to another evaluator";
            events.publishEvent(AccessRefused.of(what));
            throw new AccessDeniedException(what);
        }
        if (!isAttendee(visit.id(), row.evaluatorId())) {
            throw new RuleViolation("scorecards.error.notAttendee");
        }
        if (!started(visit.status())) {
            throw new RuleViolation("scorecards.error.notStarted");
        }
        evaluations.requireMayContribute(visit.evaluationId(), visit.vendorId());
        return new Editing(row, visit, rubrics.version(row.rubricVersionId()),
                evaluations.unblinded(visit.evaluationId(), visit.vendorId()));
    }

    /** Builds the change for a criterion once the scorecard and criterion are known to be editable. */
    private interface Change {
        UnaryOperator<ScoreEntry> prepare(Editing editing, Criterion criterion);
    }

    private ScoreSave change(long scorecardId, String criterionCode, int expectedVersion, Change change) {
        Editing editing = editing(scorecardId);
        if (editing.row().status() != ScorecardStatus.DRAFT) {
            throw new RuleViolation("scorecards.error.submitted");
        }
        Criterion criterion = editing.rubric().sections().stream().flatMap(s -> s.criteria().stream())
                .filter(c -> c.code().equals(criterionCode)).findFirst()
                .orElseThrow(() -> new RuleViolation("scorecards.error.noSuchCriterion", criterionCode));
        UnaryOperator<ScoreEntry> apply = change.prepare(editing, criterion);
        Map<String, ScoreEntry> scores = new HashMap<>(scorecards.scores(scorecardId));
        ScoreEntry current = scores.getOrDefault(criterion.code(), ScoreEntry.blank(criterion.code()));
        if (current.version() != expectedVersion) {
            // Another tab or device changed it since this one read it: show, never overwrite.
            return new ScoreSave(false, current, ScorecardCheck.progress(editing.rubric(), scores));
        }
        ScoreEntry next = apply.apply(current);
        scorecards.resumeAt(scorecardId, criterion.code());
        if (sameContent(current, next)) {
            return new ScoreSave(true, current, ScorecardCheck.progress(editing.rubric(), scores));
        }
        ScoreEntry saved = scorecards.save(scorecardId, next, editing.unblinded(), clock.instant());
        scores.put(saved.criterionCode(), saved);
        // Every change once submitted, and every change after seeing colleagues' scores, is on record.
        if (editing.row().firstSubmittedAt() != null || editing.unblinded()) {
            audit.record(marked(editing, AuditEntry.of("SCORE_CHANGED", ENTITY, scorecardId)
                    .withValues(criterion.code() + ": " + current.describe(), criterion.code() + ": " + saved.describe())
                    .withReason(editing.row().reopenReason())));
        }
        return new ScoreSave(true, saved, ScorecardCheck.progress(editing.rubric(), scores));
    }

    private static boolean sameContent(ScoreEntry a, ScoreEntry b) {
        return a.mark().equals(b.mark()) && Objects.equals(blankToNull(a.evidence()), blankToNull(b.evidence()))
                && a.callIds().equals(b.callIds());
    }

    // ---- Helpers ----

    private Scorecard assemble(ScorecardRepository.Row row, VisitRepository.Row visit, Evaluation evaluation) {
        RubricVersion rubric = rubrics.version(row.rubricVersionId());
        ContributionGate gate = isAttendee(visit.id(), row.evaluatorId()) && started(visit.status())
                ? evaluations.contributionGate(evaluation.id(), visit.vendorId()).orElse(null) : null;
        boolean mayScore = isAttendee(visit.id(), row.evaluatorId()) && started(visit.status()) && gate == null;
        var candidate = evaluation.candidates().stream().filter(c -> c.id() == visit.vendorId()).findFirst()
                .orElseThrow();
        String city = candidate.vendor().sites().stream().filter(s -> s.id() != null && s.id() == visit.siteId())
                .map(s -> s.city()).findFirst().orElse("");
        // A submitted card shows the call log as it was at its submit, the current figures beside
        // them only if the log has changed since (a late correction by the lead).
        CallLog current = callLog.log(visit.id());
        CallLog shown = current;
        CallFigures changedSince = null;
        if (row.status() == ScorecardStatus.SUBMITTED && row.callsAtSubmit() != null) {
            List<ObservedCall> atSubmit = CallSnapshot.decode(row.callsAtSubmit());
            shown = new CallLog(atSubmit, CallFigures.of(atSubmit.stream().map(ObservedCall::call).toList()),
                    current.siteZone(), false, false, null);
            changedSince = shown.figures().equals(current.figures()) ? null : current.figures();
        }
        return new Scorecard(row.id(), row.version(), visit.id(), candidate.name(), city, row.status(),
                row.submittedAt(), mayScore && row.status() == ScorecardStatus.DRAFT,
                mayScore && row.status() == ScorecardStatus.SUBMITTED, rubric, scorecards.scores(row.id()),
                row.resumeAt(), shown, changedSince, gate);
    }

    private static String summary(RubricVersion rubric, Map<String, ScoreEntry> scores) {
        return rubric.sections().stream().flatMap(s -> s.criteria().stream())
                .map(c -> c.code() + "=" + scores.getOrDefault(c.code(), ScoreEntry.blank(c.code())).mark().describe())
                .collect(Collectors.joining(", "));
    }

    private boolean isAttendee(long visitId, long userId) {
        return visits.attendees(List.of(visitId)).getOrDefault(visitId, List.of()).contains(userId);
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
