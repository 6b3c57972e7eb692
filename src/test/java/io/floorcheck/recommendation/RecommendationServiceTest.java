package io.floorcheck.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.floorcheck.audit.AuditEvent;
import io.floorcheck.audit.internal.AuditRepository;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.evaluation.ContributionRefused;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.visit.VisitFixture;
import io.floorcheck.visit.VisitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Capturing and curating a debrief's recommendations on MariaDB, including two tablets at once. */
@FloorcheckSpringTest
class RecommendationServiceTest {

    private static final String A = EvaluationFixture.EVALUATOR_A;
    private static final String B = EvaluationFixture.EVALUATOR_B;

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    @Autowired VisitService visits;
    @Autowired RecommendationService recommendations;
    @Autowired AuditRepository audit;
    EvaluationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new EvaluationFixture(accounts, evaluations, vendors);
    }

    /** A visit that Ada and Ben attend, both declared free of conflicts, started unless asked otherwise. */
    private long visit(String name, boolean start) {
        VisitFixture visitFixture = new VisitFixture(fixture, accounts, evaluations, visits);
        var planned = visitFixture.visit(name, start, fixture.evaluatorA, fixture.evaluatorB);
        visitFixture.declareNoConflict(planned, A);
        visitFixture.declareNoConflict(planned, B);
        return planned.visit();
    }

    private static RecommendationDraft quick(String title, Area area) {
        return RecommendationDraft.quick(title, area, "Dana Reyes", "COO");
    }

    @Test
    void attendeesCaptureDuringTheVisitCompleteTheDetailsLaterAndEveryMemberReads() {
        long visit = visit("Capture", false);
        accounts.as(A, () -> assertRule(() -> recommendations.capture(visit, "k0", quick("Too early", Area.OTHER)),
                "recommendations.error.closed"));
        accounts.as(EvaluationFixture.LEAD, () -> visits.start(visit, visits.visit(visit).version()));

        long id = accounts.as(A, () -> recommendations.capture(visit, "k1",
                quick("Move billing disputes to a dedicated skill group", Area.ROUTING)));
        accounts.as(A, () -> {
            assertRule(() -> recommendations.capture(visit, "k2", quick(" ", Area.ROUTING)),
                    "recommendations.error.titleMissing");
            assertRule(() -> recommendations.capture(visit, "k3", quick("No area", null)),
                    "recommendations.error.areaMissing");
        });
        accounts.as(EvaluationFixture.READER, () -> assertRule(() -> recommendations.capture(visit, "k4",
                quick("Reader", Area.OTHER)), "recommendations.error.notAttendee"));

        int version = accounts.as(A, () -> recommendations.debrief(visit).recommendations().getFirst().version());
        // Ben did not capture it: he may not edit it; Ada, who did, completes it.
        accounts.as(B, () -> {
            assertThat(recommendations.debrief(visit).recommendations().getFirst().editable()).isFalse();
            assertThatThrownBy(() -> recommendations.update(id, version, quick("Ben's take", Area.OTHER)))
                    .isInstanceOf(AccessDeniedException.class);
        });
        accounts.as(A, () -> recommendations.update(id, version, new RecommendationDraft(
                "Move billing disputes to a dedicated skill group", "Route disputes after the IVR intent",
                Area.ROUTING, "Dana Reyes", "COO", "FCR", "+8 points FCR on billing within a quarter")));
        accounts.as(A, () -> assertThatThrownBy(() -> recommendations.update(id, version, quick("Stale",
                Area.OTHER))).isInstanceOf(OptimisticLockingFailureException.class));
        // The lead curates all of them.
        accounts.as(EvaluationFixture.LEAD, () -> {
            var current = recommendations.debrief(visit).recommendations().getFirst();
            assertThat(current.editable()).isTrue();
            recommendations.update(id, current.version(), new RecommendationDraft(current.details().title(),
                    current.details().description(), Area.ROUTING, "Dana Reyes", "Chief Operating Officer", "FCR",
                    current.details().expectedEffect()));
        });

        Debrief read = accounts.as(EvaluationFixture.READER, () -> recommendations.debrief(visit));
        assertThat(read.mayCapture()).isFalse();
        assertThat(read.recommendations()).singleElement().satisfies(r -> {
            assertThat(r.details().targetKpi()).isEqualTo("FCR");
            assertThat(r.details().proposerTitle()).isEqualTo("Chief Operating Officer");
            assertThat(r.editable()).isFalse();
            assertThat(r.details().expectedEffect()).startsWith("+8 points");
            assertThat(r.capturedBy()).isEqualTo("Ada Evaluator");
        });
        assertThat(read.proposers()).containsExactly("Dana Reyes");
    }

    @Test
    void twoTabletsCaptureAtOnceAndADoubleTapStoresOne() throws Exception {
        long visit = visit("Two tablets", true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        // All four start together: a triple tap on Ada's tablet and Ben's capture on his.
        CyclicBarrier together = new CyclicBarrier(4);
        Callable<Long> ada = () -> accounts.as(A, () -> {
            await(together);
            return recommendations.capture(visit, "ada-1",
                    quick("Publish the knowledge base to agents' second screen", Area.AGENT_DESKTOP));
        });
        Callable<Long> ben = () -> accounts.as(B, () -> {
            await(together);
            return recommendations.capture(visit, "ben-1",
                    quick("Cut the verification script to two questions", Area.CALL_SCRIPTS));
        });
        try {
            List<Long> ids = pool.invokeAll(List.of(ada, ada, ada, ben)).stream().map(Futures::get).toList();
            assertThat(ids.subList(0, 3)).as("the triple tap stores one recommendation").containsOnly(ids.get(0));
            assertThat(ids.get(3)).isNotEqualTo(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(accounts.as(A, () -> recommendations.debrief(visit)).recommendations())
                .extracting(r -> r.details().title()).containsExactlyInAnyOrder(
                        "Publish the knowledge base to agents' second screen",
                        "Cut the verification script to two questions");
    }

    @Test
    void theLeadMergesDuplicatesAndFlagsAnUpsellBothAudited() {
        long visit = visit("Curate", true);
        long kept = accounts.as(A, () -> recommendations.capture(visit, "a", quick("Add a callback option at peak",
                Area.ROUTING)));
        long duplicate = accounts.as(B, () -> recommendations.capture(visit, "b", quick("Offer callbacks in the "
                + "queue", Area.ROUTING)));
        long upsell = accounts.as(B, () -> recommendations.capture(visit, "c", quick("Move to our own CCaaS "
                + "platform", Area.TECHNOLOGY)));

        accounts.as(A, () -> assertThatThrownBy(() -> recommendations.merge(kept, duplicate))
                .isInstanceOf(AccessDeniedException.class));
        accounts.as(EvaluationFixture.LEAD, () -> {
            assertRule(() -> recommendations.merge(kept, kept), "recommendations.error.mergeSelf");
            recommendations.merge(kept, duplicate);
            assertRule(() -> recommendations.merge(upsell, duplicate), "recommendations.error.alreadyMerged");
            int version = recommendations.debrief(visit).recommendations().stream().filter(r -> r.id() == upsell)
                    .findFirst().orElseThrow().version();
            assertRule(() -> recommendations.flagUpsell(upsell, version, true, " "), "evaluations.error.reasonMissing");
            recommendations.flagUpsell(upsell, version, true, "Their own platform licence, not a change for us");
            assertRule(() -> recommendations.merge(kept, upsell), "recommendations.error.mergeUpsell");
        });
        accounts.as(B, () -> assertRule(() -> recommendations.update(duplicate, 1, quick("Edit a merged one",
                Area.ROUTING)), "recommendations.error.alreadyMerged"));

        Debrief debrief = accounts.as(B, () -> recommendations.debrief(visit));
        assertThat(debrief.recommendations()).extracting(Recommendation::id).containsExactly(kept, upsell);
        assertThat(debrief.recommendations().getFirst().merged()).singleElement()
                .satisfies(m -> assertThat(m.title()).isEqualTo("Offer callbacks in the queue"));
        assertThat(debrief.recommendations().get(1).upsell()).isTrue();
        assertThat(audit.forEntity(RecommendationService.ENTITY, String.valueOf(duplicate)))
                .extracting(AuditEvent::action).containsExactly("RECOMMENDATION_CAPTURED", "RECOMMENDATION_MERGED");
        assertThat(audit.forEntity(RecommendationService.ENTITY, String.valueOf(upsell)))
                .filteredOn(e -> e.action().equals("RECOMMENDATION_UPSELL")).singleElement()
                .satisfies(e -> assertThat(e.reason()).startsWith("Their own platform"));
    }

    @Test
    void anAttendeeWhoMayNotContributeForTheVendorCapturesNothingAndIsShownTheWayToTheDeclaration() {
        VisitFixture visitFixture = new VisitFixture(fixture, accounts, evaluations, visits);
        var planned = visitFixture.visit("Gated debrief", true, fixture.evaluatorA, fixture.evaluatorB);
        visitFixture.declareNoConflict(planned, A);
        accounts.as(B, () -> {
            assertThatThrownBy(() -> recommendations.capture(planned.visit(), "b1", quick("Not yet", Area.OTHER)))
                    .isInstanceOf(ContributionRefused.class).hasMessageContaining("evaluations.error.declareFirst");
            Debrief debrief = recommendations.debrief(planned.visit());
            assertThat(debrief.mayCapture()).isFalse();
            assertThat(debrief.gate().declarationPath()).endsWith("?declare=" + planned.vendor());
            evaluations.declare(planned.evaluation(), planned.vendor(), true, "I sold them our QA tool last year");
            assertThatThrownBy(() -> recommendations.capture(planned.visit(), "b2", quick("Still not", Area.OTHER)))
                    .isInstanceOf(ContributionRefused.class).hasMessageContaining("evaluations.error.conflictPending");
        });
        long mine = accounts.as(A, () -> recommendations.capture(planned.visit(), "a1", quick("Callbacks", Area.ROUTING)));
        accounts.as(A, () -> {
            // Ada's later declaration of a conflict stops her editing what she captured too.
            evaluations.declare(planned.evaluation(), planned.vendor(), true, "My cousin joined their board");
            assertThatThrownBy(() -> recommendations.update(mine, 0, quick("Callbacks at peak", Area.ROUTING)))
                    .isInstanceOf(ContributionRefused.class);
        });
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(key));
    }

    /** Future.get without checked exceptions, for streams. */
    private static final class Futures {
        static <T> T get(Future<T> future) {
            try {
                return future.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
