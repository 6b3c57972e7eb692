package io.floorcheck.visit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.floorcheck.audit.AccessRefused;
import io.floorcheck.audit.AuditEntry;
import io.floorcheck.audit.AuditService;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.Text;
import io.floorcheck.evaluation.Candidate;
import io.floorcheck.evaluation.Evaluation;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.EvaluationStatus;
import io.floorcheck.evaluation.Member;
import io.floorcheck.evaluation.MemberRole;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.RubricSection;
import io.floorcheck.rubric.RubricService;
import io.floorcheck.security.CurrentUser;
import io.floorcheck.vendor.VendorSite;
import io.floorcheck.visit.internal.AttendanceRepository;
import io.floorcheck.visit.internal.VisitRepository.Row;
import io.floorcheck.visit.internal.VisitRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits of an evaluation. Who may do what follows the evaluation: its members read its
 * visits (the evaluation service refuses anyone else), its lead plans them and moves them
 * along, and the attendees record their expectations before the visit starts.
 */
@Service
public class VisitService {

    static final String ENTITY = "visit";

    private final VisitRepository visits;
    private final AttendanceRepository attendance;
    private final EvaluationService evaluations;
    private final RubricService rubrics;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    VisitService(VisitRepository visits, AttendanceRepository attendance, EvaluationService evaluations,
            RubricService rubrics, AuditService audit, Clock clock, ApplicationEventPublisher events) {
        this.attendance = attendance;
        this.events = events;
        this.visits = visits;
        this.evaluations = evaluations;
        this.rubrics = rubrics;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<VisitSummary> visits(long evaluationId) {
        return summaries(evaluations.evaluation(evaluationId));
    }

    private List<VisitSummary> summaries(Evaluation evaluation) {
        List<Row> rows = visits.ofEvaluation(evaluation.id());
        Map<Long, List<Long>> attendees = visits.attendees(rows.stream().map(Row::id).toList());
        Map<Long, String> names = evaluation.members().stream()
                .collect(Collectors.toMap(Member::userId, Member::name));
        return rows.stream().map(row -> {
            Candidate candidate = candidate(evaluation, row.vendorId());
            VendorSite site = site(candidate, row.siteId());
            return new VisitSummary(row.id(), candidate.name(), site.city(), site.timeZone(), row.startsAt(),
                    row.status(), attendees.getOrDefault(row.id(), List.of()).stream()
                            .map(id -> names.getOrDefault(id, "#" + id)).toList());
        }).toList();
    }

    /** An evaluation's visits and what planning one needs. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public VisitBoard board(long evaluationId) {
        Evaluation evaluation = evaluations.evaluation(evaluationId);
        return new VisitBoard(evaluationId, evaluation.name(), evaluation.status(),
                evaluation.myRole() == MemberRole.LEAD, evaluation.candidates(), summaries(evaluation));
    }

    /** Who may attend: the evaluation's evaluators. For the lead choosing attendees. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Attendee> attendeeChoices(long visitId) {
        Row row = visits.find(visitId).orElseThrow(() -> new RuleViolation("visits.error.notFound"));
        Evaluation evaluation = evaluations.evaluation(row.evaluationId());
        requireLead(evaluation);
        return evaluation.withRole(MemberRole.EVALUATOR).stream()
                .map(member -> new Attendee(member.userId(), member.name(), member.title())).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Visit visit(long visitId) {
        Row row = visits.find(visitId).orElseThrow(() -> new RuleViolation("visits.error.notFound"));
        return assemble(row, evaluations.evaluation(row.evaluationId()));
    }

    /**
     * The evaluators who could not contribute on this visit because of their conflict-of-interest
     * declaration for its vendor, each with why (a message key: not declared, waiting for the
     * lead, excluded). For the lead choosing attendees: planning warns, the attendees then see
     * the gate with a way to their declaration.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> declarationGaps(long visitId) {
        Row row = visits.find(visitId).orElseThrow(() -> new RuleViolation("visits.error.notFound"));
        Evaluation evaluation = evaluations.evaluation(row.evaluationId());
        requireLead(evaluation);
        Map<Long, String> gaps = new java.util.LinkedHashMap<>();
        for (Member evaluator : evaluation.withRole(MemberRole.EVALUATOR)) {
            var declaration = evaluation.declaration(evaluator.userId(), row.vendorId());
            if (declaration.isEmpty()) {
                gaps.put(evaluator.userId(), "visits.coi.missing");
            } else if (declaration.get().pending()) {
                gaps.put(evaluator.userId(), "visits.coi.pending");
            } else if (declaration.get().excludes()) {
                gaps.put(evaluator.userId(), "visits.coi.excluded");
            }
        }
        return gaps;
    }

    /** Plans a visit to one of a candidate's sites, while the evaluation is being set up or open. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long plan(long evaluationId, VisitPlan plan) {
        Evaluation evaluation = evaluations.evaluation(evaluationId);
        requireLead(evaluation);
        if (evaluation.status() != EvaluationStatus.DRAFT && evaluation.status() != EvaluationStatus.OPEN) {
            throw new RuleViolation("visits.error.evaluationClosed");
        }
        checkPlan(evaluation, plan);
        long id = visits.insert(evaluationId, plan, clock.instant());
        audit.record(AuditEntry.of("VISIT_PLANNED", ENTITY, id).withValues(null, describe(evaluation, plan))
                .in(evaluationId));
        return id;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int reschedule(long visitId, int expectedVersion, VisitPlan plan) {
        Locked locked = lockedAsLead(visitId);
        Row row = locked.row();
        Evaluation evaluation = locked.evaluation();
        if (row.status() != VisitStatus.PLANNED) {
            throw new RuleViolation("visits.error.notPlanned");
        }
        checkPlan(evaluation, plan);
        int version = visits.reschedule(visitId, expectedVersion, plan);
        audit.record(AuditEntry.of("VISIT_RESCHEDULED", ENTITY, visitId)
                .withValues(row.startsAt() + " site " + row.siteId(), describe(evaluation, plan)).in(evaluation.id()));
        return version;
    }

    /** The attendees: evaluators of the evaluation, chosen by the lead until the visit is over. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setAttendees(long visitId, Collection<Long> userIds) {
        Locked locked = lockedAsLead(visitId);
        Row row = locked.row();
        if (row.status() == VisitStatus.COMPLETED || row.status() == VisitStatus.CANCELLED) {
            throw new RuleViolation("visits.error.over");
        }
        Evaluation evaluation = locked.evaluation();
        Set<Long> evaluators = evaluation.withRole(MemberRole.EVALUATOR).stream().map(Member::userId)
                .collect(Collectors.toSet());
        if (!evaluators.containsAll(userIds)) {
            throw new RuleViolation("visits.error.notEvaluator");
        }
        List<Long> before = visits.attendees(List.of(visitId)).getOrDefault(visitId, List.of());
        visits.setAttendees(visitId, new HashSet<>(userIds));
        audit.record(AuditEntry.of("VISIT_ATTENDEES", ENTITY, visitId)
                .withValues(before.toString(), userIds.stream().sorted().toList().toString()).in(evaluation.id()));
    }

    /** Replaces the agenda; a shadowing item may name an attendee, who must be on the visit. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setAgenda(long visitId, List<AgendaItem> items) {
        Row row = lockedAsLead(visitId).row();
        if (row.status() == VisitStatus.COMPLETED || row.status() == VisitStatus.CANCELLED) {
            throw new RuleViolation("visits.error.over");
        }
        List<Long> attendees = visits.attendees(List.of(visitId)).getOrDefault(visitId, List.of());
        for (AgendaItem item : items) {
            if (item.kind() == null || item.title() == null || item.title().isBlank()) {
                throw new RuleViolation("visits.error.agendaTitle");
            }
            if (item.title().length() > AgendaItem.TITLE_LENGTH
                    || (item.withWhom() != null && item.withWhom().length() > AgendaItem.TITLE_LENGTH)) {
                throw new RuleViolation("visits.error.agendaLength");
            }
            Text.requireAtMost(item.notes(), AgendaItem.NOTES_LENGTH, "visits.error.notesLength");
            if (item.attendeeId() != null && !attendees.contains(item.attendeeId())) {
                throw new RuleViolation("visits.error.agendaAttendee");
            }
        }
        visits.setAgenda(visitId, items);
        audit.record(AuditEntry.of("VISIT_AGENDA", ENTITY, visitId).withValues(null, items.size() + " items")
                .in(row.evaluationId()));
    }

    /** The visit starts: expectations lock. Only an open evaluation's planned visit with attendees starts. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public VisitStatus start(long visitId, int expectedVersion) {
        Locked locked = lockedAsLead(visitId);
        Row row = locked.row();
        if (row.status() != VisitStatus.PLANNED) {
            throw new RuleViolation("visits.error.notPlanned");
        }
        if (locked.evaluation().status() != EvaluationStatus.OPEN) {
            throw new RuleViolation("visits.error.evaluationNotOpen");
        }
        if (visits.attendees(List.of(visitId)).getOrDefault(visitId, List.of()).isEmpty()) {
            throw new RuleViolation("visits.error.noAttendees");
        }
        return move(row, expectedVersion, VisitStatus.IN_PROGRESS, null);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public VisitStatus complete(long visitId, int expectedVersion) {
        Row row = lockedAsLead(visitId).row();
        if (row.status() != VisitStatus.IN_PROGRESS) {
            throw new RuleViolation("visits.error.notInProgress");
        }
        return move(row, expectedVersion, VisitStatus.COMPLETED, null);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public VisitStatus cancel(long visitId, int expectedVersion, String reason) {
        Row row = lockedAsLead(visitId).row();
        if (row.status() != VisitStatus.PLANNED) {
            throw new RuleViolation("visits.error.notPlanned");
        }
        return move(row, expectedVersion, VisitStatus.CANCELLED, Text.reason(reason));
    }

    private VisitStatus move(Row row, int expectedVersion, VisitStatus to, String reason) {
        visits.setStatus(row.id(), expectedVersion, to, reason);
        audit.record(AuditEntry.of("VISIT_STATUS", ENTITY, row.id()).withValues(row.status().name(), to.name())
                .withReason(reason).in(row.evaluationId()));
        return to;
    }

    /** The lead's record of how representative the visit was, once it is over. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int recordIntegrity(long visitId, int expectedVersion, VisitIntegrity integrity) {
        Row row = lockedAsLead(visitId).row();
        if (row.status() != VisitStatus.COMPLETED) {
            throw new RuleViolation("visits.error.notCompleted");
        }
        Text.requireAtMost(integrity.hospitality(), VisitIntegrity.TEXT_LENGTH, "visits.error.notesLength");
        Text.requireAtMost(integrity.note(), VisitIntegrity.TEXT_LENGTH, "visits.error.notesLength");
        int version = visits.recordIntegrity(visitId, expectedVersion, integrity, clock.instant());
        audit.record(AuditEntry.of("VISIT_INTEGRITY", ENTITY, visitId).withValues(describe(row.integrity()),
                describe(integrity)).in(row.evaluationId()));
        return version;
    }

    /**
     * What a printed blank scorecard for this visit shows: the visit and the evaluation's
     * visit rubric, with the current user's name if they attend.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public BlankScorecard blankScorecard(long visitId) {
        Row row = visits.find(visitId).orElseThrow(() -> new RuleViolation("visits.error.notFound"));
        Evaluation evaluation = evaluations.evaluation(row.evaluationId());
        Visit visit = assemble(row, evaluation);
        long me = me();
        String attendee = visit.attendees().stream().filter(a -> a.userId() == me).map(Attendee::name).findFirst()
                .orElse(null);
        return new BlankScorecard(evaluation.name(), visit.vendorName(), visit.site().city() + ", "
                + visit.site().country(), visit.startsAt().toLocalDate() + " " + visit.startsAt().toLocalTime() + " ("
                + visit.site().timeZone() + ")", attendee, rubrics.version(evaluation.visitRubric().versionId()));
    }

    /** The current attendee's expectations, one per weighted section of the visit rubric. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Expectation> myExpectations(long visitId) {
        Row row = visits.find(visitId).orElseThrow(() -> new RuleViolation("visits.error.notFound"));
        Evaluation evaluation = evaluations.evaluation(row.evaluationId());
        requireAttendee(row);
        var stored = visits.expectations(visitId, me());
        List<Expectation> expectations = new ArrayList<>();
        for (RubricSection section : sections(evaluation)) {
            var expected = stored.get(section.code());
            expectations.add(new Expectation(section.code(), section.title(), scaleMin(section), scaleMax(section),
                    expected == null ? null : expected.score(), expected == null ? null : expected.reason()));
        }
        return expectations;
    }

    /** Records what the attendee expects of a section; only before the visit starts. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void expect(long visitId, String sectionCode, Integer score, String given) {
        String reason = Text.cleanOrNull(given);
        Row row = visits.lock(visitId).orElseThrow(() -> new RuleViolation("visits.error.notFound"));
        Evaluation evaluation = evaluations.evaluation(row.evaluationId());
        requireAttendee(row);
        if (row.status() != VisitStatus.PLANNED) {
            throw new RuleViolation("visits.error.expectationsLocked");
        }
        RubricSection section = sections(evaluation).stream().filter(s -> s.code().equals(sectionCode)).findFirst()
                .orElseThrow(() -> new RuleViolation("visits.error.noSuchSection"));
        if (score != null && (score < scaleMin(section) || score > scaleMax(section))) {
            throw new RuleViolation("visits.error.scoreOutside", scaleMin(section), scaleMax(section));
        }
        if (reason != null && reason.length() > 2000) {
            throw new RuleViolation("visits.error.reasonLength", 2000);
        }
        visits.expect(visitId, me(), sectionCode, score, reason, clock.instant());
    }

    // ---- Helpers ----

    private List<RubricSection> sections(Evaluation evaluation) {
        return rubrics.version(evaluation.visitRubric().versionId()).sections().stream()
                .filter(section -> !section.gatesOnly()).toList();
    }

    private static int scaleMin(RubricSection section) {
        return section.criteria().stream().filter(c -> !c.gate()).mapToInt(Criterion::scaleMin).min().orElse(1);
    }

    private static int scaleMax(RubricSection section) {
        return section.criteria().stream().filter(c -> !c.gate()).mapToInt(Criterion::scaleMax).max().orElse(5);
    }

    /** A visit row under lock, with its evaluation as the lead read it (read once per call). */
    private record Locked(Row row, Evaluation evaluation) {
    }

    private Locked lockedAsLead(long visitId) {
        Row row = visits.lock(visitId).orElseThrow(() -> new RuleViolation("visits.error.notFound"));
        Evaluation evaluation = evaluations.evaluation(row.evaluationId());
        requireLead(evaluation);
        return new Locked(row, evaluation);
    }

    /** The evaluation's lead: nobody else changes its visits, an administrator neither. */
    private void requireLead(Evaluation evaluation) {
        if (evaluation.myRole() != MemberRole.LEAD) {
            String what = "Not a lead of evaluation " + evaluation.id();
            events.publishEvent(AccessRefused.of(what));
            throw new AccessDeniedException(what);
        }
    }

    private void requireAttendee(Row row) {
        if (!visits.attendees(List.of(row.id())).getOrDefault(row.id(), List.of()).contains(me())) {
            throw new RuleViolation("visits.error.notAttendee");
        }
    }

    private void checkPlan(Evaluation evaluation, VisitPlan plan) {
        if (plan.startsAt() == null) {
            throw new RuleViolation("visits.error.timeMissing");
        }
        Text.requireAtMost(plan.notes(), VisitPlan.NOTES_LENGTH, "visits.error.notesLength");
        Candidate candidate = evaluation.candidates().stream().filter(c -> c.id() == plan.vendorId()).findFirst()
                .orElseThrow(() -> new RuleViolation("evaluations.error.notCandidate"));
        if (candidate.vendor().sites().stream().noneMatch(site -> site.id() != null && site.id() == plan.siteId())) {
            throw new RuleViolation("visits.error.notSite");
        }
    }

    private Visit assemble(Row row, Evaluation evaluation) {
        Candidate candidate = candidate(evaluation, row.vendorId());
        List<Long> attendeeIds = visits.attendees(List.of(row.id())).getOrDefault(row.id(), List.of());
        Map<Long, Member> members = evaluation.members().stream()
                .collect(Collectors.toMap(Member::userId, member -> member));
        List<Attendee> attendees = attendeeIds.stream().map(id -> {
            Member member = members.get(id);
            return new Attendee(id, member == null ? "#" + id : member.name(), member == null ? null : member.title());
        }).toList();
        long me = me();
        return new Visit(row.id(), row.version(), evaluation.id(), evaluation.name(), row.vendorId(), candidate.name(),
                site(candidate, row.siteId()), row.startsAt(), row.status(), row.notes(), row.cancelReason(),
                attendees, visits.agenda(row.id()), row.integrity(), attendeeIds.contains(me),
                evaluation.myRole() == MemberRole.LEAD);
    }

    private static Candidate candidate(Evaluation evaluation, long vendorId) {
        return evaluation.candidates().stream().filter(c -> c.id() == vendorId).findFirst()
                .orElseThrow(() -> new RuleViolation("evaluations.error.notCandidate"));
    }

    private static VendorSite site(Candidate candidate, long siteId) {
        return candidate.vendor().sites().stream().filter(s -> s.id() != null && s.id() == siteId).findFirst()
                .orElseThrow(() -> new RuleViolation("visits.error.notSite"));
    }

    /**
     * The visits the current user attends in evaluations still being prepared or scored, earliest
     * first, each with their visit scorecard's progress — in three queries however many there are.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AttendedVisit> attended() {
        List<AttendanceRepository.Row> rows = attendance.attended(me(),
                List.of(EvaluationStatus.DRAFT.name(), EvaluationStatus.OPEN.name()));
        Map<Long, Integer> totals = rubrics.criterionCounts(rows.stream()
                .map(AttendanceRepository.Row::rubricVersionId).collect(Collectors.toSet()));
        Map<Long, Integer> marked = attendance.marked(rows.stream().map(AttendanceRepository.Row::scorecardId)
                .filter(java.util.Objects::nonNull).toList());
        return rows.stream().map(row -> new AttendedVisit(row.visitId(), row.evaluationId(), row.evaluationName(),
                row.vendorId(), row.vendorName(), row.siteCity(), row.siteZone(), row.startsAt(), row.status(),
                EvaluationStatus.OPEN.name().equals(row.evaluationStatus())
                        && MemberRole.EVALUATOR.name().equals(row.memberRole()),
                declaration(row.declarationReview()),
                new CardProgress(row.scorecardStatus(),
                        row.scorecardId() == null ? 0 : marked.getOrDefault(row.scorecardId(), 0),
                        totals.getOrDefault(row.rubricVersionId(), 0)))).toList();
    }

    private static AttendedVisit.Declaration declaration(String review) {
        if (review == null) {
            return AttendedVisit.Declaration.MISSING;
        }
        return switch (io.floorcheck.evaluation.CoiReview.valueOf(review)) {
            case NONE, ALLOWED -> AttendedVisit.Declaration.CLEARED;
            case PENDING -> AttendedVisit.Declaration.PENDING;
            case EXCLUDED -> AttendedVisit.Declaration.EXCLUDED;
        };
    }

    private static long me() {
        return CurrentUser.account().orElseThrow(() -> new AccessDeniedException("Not signed in")).id();
    }

    private static String describe(Evaluation evaluation, VisitPlan plan) {
        return evaluation.name() + ": vendor " + plan.vendorId() + ", site " + plan.siteId() + ", " + plan.startsAt();
    }

    private static String describe(VisitIntegrity integrity) {
        return "picked " + integrity.pickedAgents() + ", unsupervised " + integrity.unsupervised()
                + ", focus group alone " + integrity.focusGroupAlone() + ", typical volume "
                + integrity.typicalVolume() + ", hospitality " + integrity.hospitality() + ", note " + integrity.note();
    }
}
