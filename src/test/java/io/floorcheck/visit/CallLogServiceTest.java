package io.floorcheck.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;

import io.floorcheck.base.RuleViolation;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** The observed-call log on MariaDB: attendees log during the visit, correct their own, everyone reads. */
@FloorcheckSpringTest
class CallLogServiceTest {

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    @Autowired VisitService visits;
    @Autowired CallLogService callLog;
    EvaluationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new EvaluationFixture(accounts, evaluations, vendors);
    }

    private static CallDraft call(String queue, Integer seconds, Resolution resolution) {
        return new CallDraft(LocalTime.of(10, 15), queue, seconds, resolution, 1, 0, Answer.YES, Answer.NO, Answer.NA,
                Sentiment.NEUTRAL, "Agent read the disclosure only when asked");
    }

    /** A visit with Ada and Ben attending, started unless asked otherwise. */
    private long visit(String name, boolean start) {
        return new VisitFixture(fixture, accounts, evaluations, visits)
                .visit(name, start, fixture.evaluatorA, fixture.evaluatorB).visit();
    }

    @Test
    void attendeesLogCallsDuringTheVisitAndEveryoneSeesTheFigures() {
        long visit = visit("Calls", true);
        accounts.as(EvaluationFixture.EVALUATOR_A, () -> {
            callLog.logCall(visit, call("Billing disputes", 420, Resolution.YES));
            callLog.logCall(visit, call("Billing disputes", 300, Resolution.NO));
        });
        accounts.as(EvaluationFixture.EVALUATOR_B, () -> callLog.logCall(visit, call("Card services", null,
                Resolution.UNCLEAR)));

        CallLog log = accounts.as(EvaluationFixture.READER, () -> callLog.log(visit));

        assertThat(log.mayLog()).isFalse();
        assertThat(log.calls()).hasSize(3).extracting(ObservedCall::authorName)
                .containsOnly("Ada Evaluator", "Ben Evaluator");
        assertThat(log.figures().calls()).isEqualTo(3);
        assertThat(log.figures().firstContactPercent()).isEqualTo(50);
        assertThat(log.figures().averageHandleSeconds()).isEqualTo(360.0);
        assertThat(log.calls().getFirst().call().disclosureRead()).isEqualTo(Answer.NO);
    }

    @Test
    void anAuthorCorrectsOrDeletesOnlyTheirOwnCallAndAStaleEditIsRefused() {
        long visit = visit("Corrections", true);
        long id = accounts.as(EvaluationFixture.EVALUATOR_A, () -> callLog.logCall(visit, call("Retention", 200,
                Resolution.YES)));

        accounts.as(EvaluationFixture.EVALUATOR_B, () -> {
            assertThatThrownBy(() -> callLog.updateCall(id, 0, call("Retention", 100, Resolution.NO)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> callLog.deleteCall(id, 0)).isInstanceOf(AccessDeniedException.class);
        });
        accounts.as(EvaluationFixture.EVALUATOR_A, () -> {
            int version = callLog.updateCall(id, 0, call("Retention", 240, Resolution.YES));
            assertThatThrownBy(() -> callLog.updateCall(id, 0, call("Retention", 1, Resolution.NO)))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            assertThat(callLog.log(visit).calls().getFirst().call().handleSeconds()).isEqualTo(240);
            callLog.deleteCall(id, version);
            assertThat(callLog.log(visit).calls()).isEmpty();
        });
    }

    @Test
    void callsAreLoggedOnlyByAttendeesOnceTheVisitHasStarted() {
        long planned = visit("Not yet", false);
        accounts.as(EvaluationFixture.EVALUATOR_A, () -> assertThatThrownBy(() -> callLog.logCall(planned,
                call("Billing", 60, null))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("calls.error.notDuringVisit"));
        long started = visit("Outsiders", true);
        accounts.as(EvaluationFixture.READER, () -> assertThatThrownBy(() -> callLog.logCall(started,
                call("Billing", 60, null))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("calls.error.notAttendee"));
        accounts.as(TestAccounts.EVALUATOR, () -> assertThatThrownBy(() -> callLog.log(started))
                .isInstanceOf(AccessDeniedException.class));
        accounts.as(EvaluationFixture.EVALUATOR_A, () -> assertThatThrownBy(() -> callLog.logCall(started,
                new CallDraft(null, null, -5, null, 0, 0, null, null, null, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("calls.error.negative"));
    }
}
