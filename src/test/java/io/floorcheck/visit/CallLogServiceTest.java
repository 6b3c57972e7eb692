package io.floorcheck.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import io.floorcheck.audit.AuditActions;
import io.floorcheck.audit.AuditEvent;
import io.floorcheck.audit.internal.AuditRepository;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.evaluation.ContributionRefused;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.visit.VisitFixture.Planned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The observed-call log on MariaDB: attendees log during the visit and correct their own, only
 * while they may contribute for the vendor; once the visit is completed the log is closed and
 * the lead's corrections need a reason, are audited with the call's content and marked late; a
 * submitted scorecard keeps the figures it was submitted with.
 */
@FloorcheckSpringTest
class CallLogServiceTest {

    private static final String A = EvaluationFixture.EVALUATOR_A;
    private static final String B = EvaluationFixture.EVALUATOR_B;

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    @Autowired VisitService visits;
    @Autowired CallLogService callLog;
    @Autowired ScorecardService scorecards;
    @Autowired AuditRepository audit;
    EvaluationFixture fixture;
    VisitFixture visitFixture;

    @BeforeEach
    void fixture() {
        fixture = new EvaluationFixture(accounts, evaluations, vendors);
        visitFixture = new VisitFixture(fixture, accounts, evaluations, visits);
    }

    private static CallDraft call(String queue, Integer seconds, Resolution resolution) {
        return new CallDraft(LocalTime.of(10, 15), queue, seconds, resolution, 1, 0, Answer.YES, Answer.NO, Answer.NA,
                Sentiment.NEUTRAL, "Agent read the disclosure only when asked");
    }

    /** A visit with Ada and Ben attending, both declared free of conflicts, started unless asked otherwise. */
    private Planned visit(String name, boolean start) {
        Planned planned = visitFixture.visit(name, start, fixture.evaluatorA, fixture.evaluatorB);
        visitFixture.declareNoConflict(planned, A);
        visitFixture.declareNoConflict(planned, B);
        return planned;
    }

    @Test
    void attendeesLogCallsDuringTheVisitDatedAtTheSiteAndEveryoneSeesTheFigures() {
        long visit = visit("Calls", true).visit();
        accounts.as(A, () -> {
            callLog.logCall(visit, call("Billing disputes", 420, Resolution.YES));
            callLog.logCall(visit, call("Billing disputes", 300, Resolution.NO));
        });
        accounts.as(B, () -> callLog.logCall(visit, call("Card services", null, Resolution.UNCLEAR)));

        CallLog log = accounts.as(EvaluationFixture.READER, () -> callLog.log(visit));

        assertThat(log.mayLog()).isFalse();
        assertThat(log.siteZone()).isEqualTo("Asia/Manila");
        assertThat(log.calls()).hasSize(3).extracting(ObservedCall::authorName)
                .containsOnly("Ada Evaluator", "Ben Evaluator");
        assertThat(log.calls()).extracting(ObservedCall::observedOn).as("today at the site, not at the server")
                .containsOnly(LocalDate.now(ZoneId.of("Asia/Manila")));
        assertThat(log.figures().calls()).isEqualTo(3);
        assertThat(log.figures().firstContactPercent()).isEqualTo(50);
        assertThat(log.figures().averageHandleSeconds()).isEqualTo(360.0);
        assertThat(log.calls().getFirst().call().disclosureRead()).isEqualTo(Answer.NO);
    }

    @Test
    void anAuthorCorrectsOrDeletesOnlyTheirOwnCallAStaleEditIsRefusedAndTheRecordKeepsTheContent() {
        long visit = visit("Corrections", true).visit();
        long id = accounts.as(A, () -> callLog.logCall(visit, call("Retention", 200, Resolution.YES)));

        accounts.as(B, () -> {
            assertThatThrownBy(() -> callLog.updateCall(id, 0, call("Retention", 100, Resolution.NO)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> callLog.deleteCall(id, 0)).isInstanceOf(AccessDeniedException.class);
        });
        accounts.as(A, () -> {
            int version = callLog.updateCall(id, 0, call("Retention", 240, Resolution.YES));
            assertThatThrownBy(() -> callLog.updateCall(id, 0, call("Retention", 1, Resolution.NO)))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            assertThat(callLog.log(visit).calls().getFirst().call().handleSeconds()).isEqualTo(240);
            callLog.deleteCall(id, version);
            assertThat(callLog.log(visit).calls()).isEmpty();
        });
        List<AuditEvent> trail = audit.forEntity(CallLogService.ENTITY, String.valueOf(id));
        assertThat(trail).extracting(AuditEvent::action).containsExactly("CALL_LOGGED", "CALL_UPDATED", "CALL_DELETED");
        assertThat(trail.get(1).oldValue()).contains("handle 200 s").contains("queue Retention");
        assertThat(trail.get(1).newValue()).contains("handle 240 s");
        assertThat(trail.get(2).oldValue()).as("what the deleted call said").contains("handle 240 s",
                "Agent read the disclosure only when asked");
    }

    @Test
    void callsAreLoggedOnlyByAttendeesWhoMayContributeWhileTheVisitIsUnderWay() {
        long planned = visit("Not yet", false).visit();
        accounts.as(A, () -> assertThatThrownBy(() -> callLog.logCall(planned, call("Billing", 60, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("calls.error.notDuringVisit"));
        long started = visit("Outsiders", true).visit();
        accounts.as(EvaluationFixture.READER, () -> assertThatThrownBy(() -> callLog.logCall(started,
                call("Billing", 60, null))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("calls.error.notAttendee"));
        accounts.as(TestAccounts.EVALUATOR, () -> assertThatThrownBy(() -> callLog.log(started))
                .isInstanceOf(AccessDeniedException.class));
        accounts.as(A, () -> assertThatThrownBy(() -> callLog.logCall(started,
                new CallDraft(null, null, -5, null, 0, 0, null, null, null, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("calls.error.negative"));
    }

    @Test
    void anUndeclaredOrConflictedAttendeeLogsNothingAndIsShownTheWayToTheDeclaration() {
        Planned planned = visitFixture.visit("Gated calls", true, fixture.evaluatorA, fixture.evaluatorB);
        accounts.as(A, () -> {
            assertThatThrownBy(() -> callLog.logCall(planned.visit(), call("Billing", 60, null)))
                    .isInstanceOf(ContributionRefused.class).hasMessageContaining("evaluations.error.declareFirst");
            CallLog log = callLog.log(planned.visit());
            assertThat(log.mayLog()).isFalse();
            assertThat(log.gate().declarationPath()).endsWith("?declare=" + planned.vendor());
        });
        accounts.as(B, () -> {
            evaluations.declare(planned.evaluation(), planned.vendor(), true, "Former colleague runs their QA");
            assertThatThrownBy(() -> callLog.logCall(planned.visit(), call("Billing", 60, null)))
                    .isInstanceOf(ContributionRefused.class).hasMessageContaining("evaluations.error.conflictPending");
        });
    }

    @Test
    void aCompletedVisitsLogIsTheLeadsToCorrectWithAReasonMarkedLateAndSubmittedCardsKeepTheirFigures() {
        Planned planned = visit("Closed log", true);
        long visit = planned.visit();
        long call = accounts.as(A, () -> callLog.logCall(visit, call("Billing", 448, Resolution.YES)));
        accounts.as(A, () -> VisitFixture.submitVisitCard(scorecards, visit));
        accounts.as(EvaluationFixture.LEAD, () -> visits.complete(visit, visits.visit(visit).version()));

        accounts.as(A, () -> {
            assertThat(callLog.log(visit).mayLog()).isFalse();
            assertThatThrownBy(() -> callLog.logCall(visit, call("Billing", 60, null)))
                    .isInstanceOf(RuleViolation.class).hasMessageContaining("calls.error.closed");
            assertThatThrownBy(() -> callLog.updateCall(call, 0, call("Billing", 1, Resolution.NO)))
                    .isInstanceOf(RuleViolation.class).hasMessageContaining("calls.error.closed");
            assertThatThrownBy(() -> callLog.deleteCall(call, 0))
                    .isInstanceOf(RuleViolation.class).hasMessageContaining("calls.error.closed");
            assertThatThrownBy(() -> callLog.addLateCall(visit, call("Billing", 60, null), "Forgot one"))
                    .isInstanceOf(AccessDeniedException.class);
        });
        long late = accounts.as(EvaluationFixture.LEAD, () -> {
            assertThat(callLog.log(visit).mayCorrect()).isTrue();
            assertThatThrownBy(() -> callLog.correctCall(call, 0, call("Billing", 300, Resolution.YES), " "))
                    .isInstanceOf(RuleViolation.class).hasMessageContaining("evaluations.error.reasonMissing");
            callLog.correctCall(call, 0, call("Billing", 300, Resolution.YES),
                    "Ada's timer ran on through the wrap-up; 5:00 per the recording");
            return callLog.addLateCall(visit, call("Payments", 120, Resolution.NO),
                    "Sofía's call from her paper notes");
        });

        CallLog log = accounts.as(EvaluationFixture.READER, () -> callLog.log(visit));
        assertThat(log.calls()).hasSize(2).allMatch(ObservedCall::late);
        assertThat(log.calls()).filteredOn(c -> c.id() == late).singleElement()
                .satisfies(c -> assertThat(c.observedOn()).isEqualTo(LocalDate.of(2027, 3, 2)));
        assertThat(audit.forEntity(CallLogService.ENTITY, String.valueOf(call))).last().satisfies(event -> {
            assertThat(event.action()).isEqualTo("CALL_UPDATED");
            assertThat(event.marker()).isEqualTo(AuditActions.LATE);
            assertThat(event.oldValue()).contains("handle 448 s");
            assertThat(event.newValue()).contains("handle 300 s");
            assertThat(event.reason()).contains("per the recording");
            assertThat(event.evaluationId()).isEqualTo(planned.evaluation());
        });

        accounts.as(A, () -> {
            Scorecard card = scorecards.open(visit);
            assertThat(card.calls().figures().calls()).as("as submitted").isEqualTo(1);
            assertThat(card.calls().figures().averageHandleSeconds()).isEqualTo(448.0);
            assertThat(card.callsChangedSince()).isNotNull();
            assertThat(card.callsChangedSince().calls()).isEqualTo(2);
            assertThat(card.callsChangedSince().averageHandleSeconds()).isEqualTo(210.0);
        });
        accounts.as(EvaluationFixture.LEAD, () -> {
            int version = callLog.log(visit).calls().stream().filter(c -> c.id() == late).findFirst().orElseThrow()
                    .version();
            callLog.removeCall(late, version, "Turned out to be a test call");
        });
        assertThat(audit.forEntity(CallLogService.ENTITY, String.valueOf(late))).last().satisfies(event -> {
            assertThat(event.action()).isEqualTo("CALL_DELETED");
            assertThat(event.oldValue()).contains("queue Payments");
            assertThat(event.marker()).isEqualTo(AuditActions.LATE);
        });
    }
}
