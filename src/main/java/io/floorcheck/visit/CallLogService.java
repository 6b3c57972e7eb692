package io.floorcheck.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.floorcheck.audit.AccessRefused;
import io.floorcheck.audit.AuditActions;
import io.floorcheck.audit.AuditEntry;
import io.floorcheck.audit.AuditService;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.Text;
import io.floorcheck.evaluation.ContributionGate;
import io.floorcheck.evaluation.Evaluation;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.EvaluationStatus;
import io.floorcheck.evaluation.Member;
import io.floorcheck.evaluation.MemberRole;
import io.floorcheck.security.CurrentUser;
import io.floorcheck.vendor.VendorSite;
import io.floorcheck.visit.internal.CallRepository;
import io.floorcheck.visit.internal.CallRepository.Stored;
import io.floorcheck.visit.internal.ScorecardRepository;
import io.floorcheck.visit.internal.VisitRepository;
import io.floorcheck.visit.internal.VisitRepository.Row;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The observed-call log of a visit. Attendees log calls while the visit is under way and
 * correct or delete their own until it is completed; then the log is closed, because scorecards
 * were submitted beside its figures: corrections are the lead's, each with a reason, audited
 * with the call's content before and after and marked late. Every member of the evaluation reads
 * the log — they are observations, not scores.
 */
@Service
public class CallLogService {

    static final String ENTITY = "observed_call";

    private final CallRepository calls;
    private final ScorecardRepository scorecards;
    private final VisitRepository visits;
    private final EvaluationService evaluations;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CallLogService(CallRepository calls, ScorecardRepository scorecards, VisitRepository visits,
            EvaluationService evaluations, AuditService audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.calls = calls;
        this.scorecards = scorecards;
        this.visits = visits;
        this.evaluations = evaluations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public CallLog log(long visitId) {
        Row visit = visits.find(visitId).orElseThrow(() -> new RuleViolation("visits.error.notFound"));
        Evaluation evaluation = evaluations.evaluation(visit.evaluationId());
        Map<Long, String> names = evaluation.members().stream().collect(Collectors.toMap(Member::userId, Member::name));
        long me = me();
        List<ObservedCall> logged = calls.ofVisit(visitId).stream().map(stored -> new ObservedCall(stored.id(),
                stored.version(), stored.authorId(), names.getOrDefault(stored.authorId(), "#" + stored.authorId()),
                stored.authorId() == me, stored.observedOn(), stored.late(), stored.call())).toList();
        boolean attendee = isAttendee(visitId, me) && visit.status() == VisitStatus.IN_PROGRESS;
        ContributionGate gate = attendee
                ? evaluations.contributionGate(evaluation.id(), visit.vendorId()).orElse(null) : null;
        boolean mayCorrect = visit.status() == VisitStatus.COMPLETED && evaluation.myRole() == MemberRole.LEAD
                && evaluation.status() != EvaluationStatus.LOCKED;
        return new CallLog(logged, CallFigures.of(logged.stream().map(ObservedCall::call).toList()),
                siteZone(evaluation, visit).getId(), attendee && gate == null, mayCorrect, gate);
    }

    /** An attendee logs a call while the visit is under way; it is dated today at the site. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long logCall(long visitId, CallDraft call) {
        Row visit = visits.lock(visitId).orElseThrow(() -> new RuleViolation("visits.error.notFound"));
        Evaluation evaluation = evaluations.evaluation(visit.evaluationId());
        requireAttendee(visitId);
        requireUnderWay(visit);
        evaluations.requireMayContribute(visit.evaluationId(), visit.vendorId());
        check(call);
        LocalDate today = LocalDate.now(clock.withZone(siteZone(evaluation, visit)));
        long id = calls.insert(visitId, me(), today, false, call, clock.instant());
        audit.record(AuditEntry.of("CALL_LOGGED", ENTITY, id).withValues(null, describe(visit, today, call))
                .in(visit.evaluationId()));
        return id;
    }

    /** The author corrects their own call while the visit is under way. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int updateCall(long callId, int expectedVersion, CallDraft call) {
        Owned owned = ownCall(callId);
        check(call);
        int version = calls.update(callId, expectedVersion, call, false);
        audit.record(AuditEntry.of("CALL_UPDATED", ENTITY, callId)
                .withValues(describe(owned.visit(), owned.stored().observedOn(), owned.stored().call()),
                        describe(owned.visit(), owned.stored().observedOn(), call))
                .in(owned.visit().evaluationId()));
        return version;
    }

    /**
     * The author deletes their own call while the visit is under way (the view asks first); the
     * audit keeps its content. A call linked as evidence on a scorecard is not deleted.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void deleteCall(long callId, int expectedVersion) {
        Owned owned = ownCall(callId);
        delete(owned.stored(), owned.visit(), expectedVersion, null);
    }

    /** The lead adds a call to a completed visit's log, with a reason; dated the visit's day, marked late. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long addLateCall(long visitId, CallDraft call, String reason) {
        Row visit = visits.lock(visitId).orElseThrow(() -> new RuleViolation("visits.error.notFound"));
        requireCorrectingLead(visit);
        String why = Text.reason(reason);
        check(call);
        LocalDate day = visit.startsAt().toLocalDate();
        long id = calls.insert(visitId, me(), day, true, call, clock.instant());
        audit.record(AuditEntry.of("CALL_LOGGED", ENTITY, id).withValues(null, describe(visit, day, call))
                .withReason(why).in(visit.evaluationId()).marked(AuditActions.LATE));
        return id;
    }

    /** The lead corrects a call of a completed visit, with a reason; marked late. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int correctCall(long callId, int expectedVersion, CallDraft call, String reason) {
        Stored stored = calls.find(callId).orElseThrow(() -> new RuleViolation("calls.error.notFound"));
        Row visit = visits.lock(stored.visitId()).orElseThrow();
        requireCorrectingLead(visit);
        String why = Text.reason(reason);
        check(call);
        int version = calls.update(callId, expectedVersion, call, true);
        audit.record(AuditEntry.of("CALL_UPDATED", ENTITY, callId)
                .withValues(describe(visit, stored.observedOn(), stored.call()), describe(visit, stored.observedOn(), call))
                .withReason(why).in(visit.evaluationId()).marked(AuditActions.LATE));
        return version;
    }

    /** The lead deletes a call of a completed visit, with a reason; the audit keeps its content. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void removeCall(long callId, int expectedVersion, String reason) {
        Stored stored = calls.find(callId).orElseThrow(() -> new RuleViolation("calls.error.notFound"));
        Row visit = visits.lock(stored.visitId()).orElseThrow();
        requireCorrectingLead(visit);
        delete(stored, visit, expectedVersion, Text.reason(reason));
    }

    private void delete(Stored stored, Row visit, int expectedVersion, String lateReason) {
        // Evidence on a scorecard (perhaps a submitted one) must not vanish with the call.
        if (scorecards.isLinked(stored.id())) {
            throw new RuleViolation("calls.error.linked");
        }
        calls.delete(stored.id(), expectedVersion);
        AuditEntry entry = AuditEntry.of("CALL_DELETED", ENTITY, stored.id())
                .withValues(describe(visit, stored.observedOn(), stored.call()), null).in(visit.evaluationId());
        audit.record(lateReason == null ? entry : entry.withReason(lateReason).marked(AuditActions.LATE));
    }

    // ---- Rules ----

    private record Owned(Stored stored, Row visit) {
    }

    private Owned ownCall(long callId) {
        Stored stored = calls.find(callId).orElseThrow(() -> new RuleViolation("calls.error.notFound"));
        Row visit = visits.lock(stored.visitId()).orElseThrow();
        evaluations.evaluation(visit.evaluationId());
        if (stored.authorId() != me()) {
            String what = "Call " + callId + " belongs to another attendee";
            events.publishEvent(AccessRefused.of(what));
            throw new AccessDeniedException(what);
        }
        requireUnderWay(visit);
        evaluations.requireMayContribute(visit.evaluationId(), visit.vendorId());
        return new Owned(stored, visit);
    }

    /** Attendees log and correct while the visit is under way: never before it, never once it is completed. */
    private static void requireUnderWay(Row visit) {
        if (visit.status() == VisitStatus.COMPLETED) {
            throw new RuleViolation("calls.error.closed");
        }
        if (visit.status() != VisitStatus.IN_PROGRESS) {
            throw new RuleViolation("calls.error.notDuringVisit");
        }
    }

    /** A completed visit's log is the lead's to correct, while the evaluation is not locked. */
    private void requireCorrectingLead(Row visit) {
        Evaluation evaluation = evaluations.evaluation(visit.evaluationId());
        if (evaluation.myRole() != MemberRole.LEAD) {
            String what = "Only the lead of evaluation " + evaluation.id() + " corrects a completed visit's call log";
            events.publishEvent(AccessRefused.of(what));
            throw new AccessDeniedException(what);
        }
        if (visit.status() != VisitStatus.COMPLETED) {
            throw new RuleViolation("calls.error.notCompleted");
        }
        if (evaluation.status() == EvaluationStatus.LOCKED) {
            throw new RuleViolation("evaluations.error.locked");
        }
    }

    private static void check(CallDraft call) {
        if (call.transfers() < 0 || call.holds() < 0 || (call.handleSeconds() != null && call.handleSeconds() < 0)) {
            throw new RuleViolation("calls.error.negative");
        }
        if (call.queue() != null && call.queue().length() > CallDraft.QUEUE_LENGTH) {
            throw new RuleViolation("calls.error.queueLength", CallDraft.QUEUE_LENGTH);
        }
        Text.requireAtMost(call.note(), CallDraft.NOTE_LENGTH, "calls.error.noteLength");
    }

    private void requireAttendee(long visitId) {
        if (!isAttendee(visitId, me())) {
            throw new RuleViolation("calls.error.notAttendee");
        }
    }

    private boolean isAttendee(long visitId, long userId) {
        return visits.attendees(List.of(visitId)).getOrDefault(visitId, List.of()).contains(userId);
    }

    private static ZoneId siteZone(Evaluation evaluation, Row visit) {
        return evaluation.candidates().stream().flatMap(c -> c.vendor().sites().stream())
                .filter(site -> site.id() != null && site.id() == visit.siteId()).map(VendorSite::timeZone)
                .findFirst().map(ZoneId::of).orElse(ZoneId.of("UTC"));
    }

    /** The call's content, for the audit trail: what it said before a change or deletion is kept. */
    private static String describe(Row visit, LocalDate observedOn, CallDraft call) {
        return "visit " + visit.id() + ", " + (observedOn == null ? "" : observedOn + " ")
                + (call.observedAt() == null ? "" : call.observedAt() + " ")
                + (call.queue() == null ? "" : "queue " + call.queue() + ", ")
                + (call.handleSeconds() == null ? "" : "handle " + call.handleSeconds() + " s, ")
                + "first contact " + call.firstContact() + ", transfers " + call.transfers() + ", holds "
                + call.holds() + ", identity " + call.identityVerified() + ", disclosure " + call.disclosureRead()
                + ", card data " + call.cardDataOk() + ", sentiment " + call.sentiment()
                + (call.note() == null ? "" : ", note: " + call.note());
    }

    private static long me() {
        return CurrentUser.account().orElseThrow(() -> new AccessDeniedException("Not signed in")).id();
    }
}
