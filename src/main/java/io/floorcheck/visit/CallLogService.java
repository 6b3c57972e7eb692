package io.floorcheck.visit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.floorcheck.audit.AccessRefused;
import io.floorcheck.audit.AuditEntry;
import io.floorcheck.audit.AuditService;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.Text;
import io.floorcheck.evaluation.Evaluation;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.Member;
import io.floorcheck.security.CurrentUser;
import io.floorcheck.visit.internal.CallRepository.Stored;
import io.floorcheck.visit.internal.CallRepository;
import io.floorcheck.visit.internal.ScorecardRepository;
import io.floorcheck.visit.internal.VisitRepository.Row;
import io.floorcheck.visit.internal.VisitRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The observed-call log of a visit. Attendees log calls while the visit is under way (and
 * correct their own afterwards); every member of the evaluation reads them — they are
 * observations, not scores.
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

    CallLogService(CallRepository calls, ScorecardRepository scorecards, VisitRepository visits, EvaluationService evaluations, AuditService audit,
            Clock clock, ApplicationEventPublisher events) {
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
                stored.authorId() == me, stored.call())).toList();
        boolean mayLog = isAttendee(visitId, me) && mayLogIn(visit.status());
        return new CallLog(logged, CallFigures.of(logged.stream().map(ObservedCall::call).toList()), mayLog);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long logCall(long visitId, CallDraft call) {
        Row visit = visits.find(visitId).orElseThrow(() -> new RuleViolation("visits.error.notFound"));
        evaluations.evaluation(visit.evaluationId());
        requireAttendee(visitId);
        if (!mayLogIn(visit.status())) {
            throw new RuleViolation("calls.error.notDuringVisit");
        }
        check(call);
        long id = calls.insert(visitId, me(), call, clock.instant());
        audit.record(AuditEntry.of("CALL_LOGGED", ENTITY, id).withValues(null, "visit " + visitId));
        return id;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int updateCall(long callId, int expectedVersion, CallDraft call) {
        Stored stored = ownCall(callId);
        check(call);
        int version = calls.update(callId, expectedVersion, call);
        audit.record(AuditEntry.of("CALL_UPDATED", ENTITY, callId).withValues("visit " + stored.visitId(), null));
        return version;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void deleteCall(long callId, int expectedVersion) {
        Stored stored = ownCall(callId);
        // Evidence on a scorecard (perhaps a submitted one) must not vanish with the call.
        if (scorecards.isLinked(callId)) {
            throw new RuleViolation("calls.error.linked");
        }
        calls.delete(callId, expectedVersion);
        audit.record(AuditEntry.of("CALL_DELETED", ENTITY, callId).withValues("visit " + stored.visitId(), null));
    }

    private Stored ownCall(long callId) {
        Stored stored = calls.find(callId).orElseThrow(() -> new RuleViolation("calls.error.notFound"));
        Row visit = visits.find(stored.visitId()).orElseThrow();
        evaluations.evaluation(visit.evaluationId());
        if (stored.authorId() != me()) {
            String what = "Call " + callId + " belongs to another attendee";
            events.publishEvent(AccessRefused.of(what));
            throw new AccessDeniedException(what);
        }
        if (!mayLogIn(visit.status())) {
            throw new RuleViolation("calls.error.notDuringVisit");
        }
        return stored;
    }

    /** During the visit, and afterwards for corrections; never before it or for a cancelled one. */
    private static boolean mayLogIn(VisitStatus status) {
        return status == VisitStatus.IN_PROGRESS || status == VisitStatus.COMPLETED;
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

    private static long me() {
        return CurrentUser.account().orElseThrow(() -> new AccessDeniedException("Not signed in")).id();
    }
}
