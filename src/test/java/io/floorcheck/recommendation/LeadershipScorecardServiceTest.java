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
import io.floorcheck.base.Mark;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.RecordEntry;
import io.floorcheck.evaluation.RecordFilter;
import io.floorcheck.evaluation.RecordKind;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.RubricVersion;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.visit.ScoreEntry;
import io.floorcheck.visit.ScoreSave;
import io.floorcheck.visit.ScorecardStatus;
import io.floorcheck.visit.VisitFixture.Planned;
import io.floorcheck.visit.VisitFixture;
import io.floorcheck.visit.VisitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Leadership scorecards on MariaDB: every recommendation and the session on one card, the
 * rubric's rules, submit and reopen with the audit trail, the blind rule, scores moving with a
 * merge, the conflict-of-interest gate, and two devices opening the same card at once.
 */
@FloorcheckSpringTest
class LeadershipScorecardServiceTest {

    private static final String A = EvaluationFixture.EVALUATOR_A;
    private static final String B = EvaluationFixture.EVALUATOR_B;

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    @Autowired VisitService visits;
    @Autowired RecommendationService recommendations;
    @Autowired LeadershipScorecardService scorecards;
    @Autowired io.floorcheck.visit.ScorecardService visitScorecards;
    @Autowired AuditRepository audit;
    EvaluationFixture fixture;
    VisitFixture visitFixture;

    @BeforeEach
    void fixture() {
        fixture = new EvaluationFixture(accounts, evaluations, vendors);
        visitFixture = new VisitFixture(fixture, accounts, evaluations, visits);
    }

    /** A started visit that Ada and Ben attend, both declared free of conflicts unless told. */
    private Planned started(String name, boolean benConflicted) {
        Planned planned = visitFixture.visit(name, true, fixture.evaluatorA, fixture.evaluatorB);
        visitFixture.declareNoConflict(planned, A);
        accounts.as(B, () -> evaluations.declare(planned.evaluation(), planned.vendor(), benConflicted,
                benConflicted ? "I consulted for their leadership team last year" : null));
        return planned;
    }

    private long capture(Planned planned, String who, String title) {
        return accounts.as(who, () -> recommendations.capture(planned.visit(), java.util.UUID.randomUUID().toString(),
                RecommendationDraft.quick(title, Area.ROUTING, "Dana Reyes", "COO")));
    }

    private static List<Criterion> criteria(RubricVersion rubric) {
        return rubric.sections().stream().flatMap(s -> s.criteria().stream()).toList();
    }

    /** Scores every item of the card at {@code level}, with a note wherever the level needs one. */
    private void fill(LeadershipScorecard card, int level) {
        for (Recommendation recommendation : card.recommendations()) {
            for (Criterion criterion : criteria(card.recommendationRubric())) {
                score(card, recommendation.id(), criterion, level);
            }
        }
        for (Criterion criterion : criteria(card.sessionRubric())) {
            score(card, null, criterion, level);
        }
    }

    private void score(LeadershipScorecard card, Long recommendation, Criterion criterion, int level) {
        ScoreSave saved = scorecards.mark(card.id(), recommendation, criterion.code(),
                card.score(recommendation, criterion.code()).version(), Mark.level(level));
        assertThat(saved.saved()).isTrue();
        if (level != 3) {
            scorecards.note(card.id(), recommendation, criterion.code(), saved.entry().version(),
                    "They quoted our repeat-call sample: " + level);
        }
    }

    @Test
    void everyRecommendationAndTheSessionAreScoredOnOneCardThenSubmittedAndReopened() {
        Planned setup = started("Leadership card", false);
        long first = capture(setup, A, "Dedicated skill group for billing disputes");
        long second = capture(setup, B, "Intraday re-forecast every 30 minutes");
        long elsewhere = capture(started("Other debrief", false), A, "Another vendor's idea");

        accounts.as(A, () -> {
            LeadershipScorecard card = scorecards.open(setup.visit());
            assertThat(card.recommendationIds()).containsExactly(first, second);
            int perRecommendation = criteria(card.recommendationRubric()).size();
            int session = criteria(card.sessionRubric()).size();
            assertThat(perRecommendation).isEqualTo(7);
            assertThat(session).isEqualTo(5);
            assertThat(card.progress().total()).isEqualTo(2 * perRecommendation + session);
            assertThat(card.progress().scored()).isZero();

            Criterion r1 = criteria(card.recommendationRubric()).getFirst();
            assertRule(() -> scorecards.mark(card.id(), first, r1.code(), ScoreEntry.UNSAVED, Mark.level(6)),
                    "scorecards.error.scoreOutside");
            assertRule(() -> scorecards.mark(card.id(), first, r1.code(), ScoreEntry.UNSAVED, Mark.pass()),
                    "scorecards.error.notAGate");
            assertRule(() -> scorecards.mark(card.id(), first, "L1", ScoreEntry.UNSAVED, Mark.level(3)),
                    "scorecards.error.noSuchCriterion");
            assertRule(() -> scorecards.mark(card.id(), elsewhere, r1.code(), ScoreEntry.UNSAVED, Mark.level(3)),
                    "leadership.error.notStanding");
            assertThat(scorecards.open(setup.visit()).progress().scored()).as("nothing refused is stored").isZero();

            // The evidence rule: a 5 needs the quote or moment behind it.
            fill(card, 3);
            LeadershipScorecard filled = scorecards.open(setup.visit());
            assertThat(filled.progress().complete()).isTrue();
            ScoreSave five = scorecards.mark(card.id(), second, r1.code(), filled.score(second, r1.code()).version(),
                    Mark.level(5));
            assertThat(five.progress().evidenceMissing()).isEqualTo(1);
            assertThat(five.progress().open()).containsExactly(LeadershipCheck.key(second, r1.code()));
            assertRule(() -> scorecards.submit(card.id(), card.version()), "scorecards.error.incomplete");
            ScoreSave noted = scorecards.note(card.id(), second, r1.code(), five.entry().version(),
                    "“We pulled 40 of your billing calls last week” — Dana, before proposing it");
            assertThat(noted.progress().complete()).isTrue();

            // Another tab still holding the old version writes nothing and sees the stored value.
            ScoreSave stale = scorecards.mark(card.id(), second, r1.code(), five.entry().version(), Mark.level(1));
            assertThat(stale.saved()).isFalse();
            assertThat(stale.entry().mark()).isEqualTo(Mark.level(5));

            int submitted = scorecards.submit(card.id(), card.version());
            assertRule(() -> scorecards.mark(card.id(), second, r1.code(), noted.entry().version(), Mark.level(4)),
                    "scorecards.error.submitted");
            assertRule(() -> scorecards.reopen(card.id(), submitted, " "), "evaluations.error.reasonMissing");
            assertThatThrownBy(() -> scorecards.reopen(card.id(), card.version(), "stale"))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            int reopened = scorecards.reopen(card.id(), submitted, "Dana’s numbers were for a different queue");
            assertThat(scorecards.mark(card.id(), second, r1.code(), noted.entry().version(), Mark.level(4)).saved())
                    .isTrue();
            scorecards.submit(card.id(), reopened);
        });

        long cardId = accounts.as(A, () -> scorecards.open(setup.visit()).id());
        List<AuditEvent> trail = audit.forEntity(LeadershipScorecardService.ENTITY, String.valueOf(cardId));
        assertThat(trail).extracting(AuditEvent::action).containsExactly("LEADERSHIP_SCORECARD_SUBMITTED",
                "LEADERSHIP_SCORECARD_REOPENED", "LEADERSHIP_SCORE_CHANGED", "LEADERSHIP_SCORECARD_SUBMITTED");
        assertThat(trail.get(1).reason()).isEqualTo("Dana’s numbers were for a different queue");
        assertThat(trail.get(2).oldValue()).isEqualTo(second + ":R1: 5, evidence: “We pulled 40 of your billing "
                + "calls last week” — Dana, before proposing it");
        assertThat(trail.get(2).newValue()).startsWith(second + ":R1: 4, evidence:");

        // A recommendation captured after the submit counts as unscored on the submitted card.
        capture(setup, B, "Callback when the queue passes three minutes");
        LeadershipScorecard after = accounts.as(A, () -> scorecards.open(setup.visit()));
        assertThat(after.status()).isEqualTo(ScorecardStatus.SUBMITTED);
        assertThat(after.progress().complete()).isFalse();
        assertThat(after.progress().total() - after.progress().scored()).isEqualTo(7);
    }

    /**
     * Ada and Ben submit their visit scorecards, so that what these tests see of the blind rule
     * depends on the leadership cards alone (it asks for every card an evaluator owes).
     */
    private void visitCardsSubmitted(Planned setup) {
        for (String who : List.of(A, B)) {
            accounts.as(who, () -> VisitFixture.submitVisitCard(visitScorecards, setup.visit()));
        }
    }

    @Test
    void colleaguesLeadershipScoresStayHiddenUntilTheirOwnCardIsSubmitted() {
        Planned setup = started("Blind leadership", false);
        visitCardsSubmitted(setup);
        long recommendation = capture(setup, A, "Publish KPI definitions");
        long adaCard = accounts.as(A, () -> {
            LeadershipScorecard card = scorecards.open(setup.visit());
            fill(card, 4);
            scorecards.submit(card.id(), card.version());
            return card.id();
        });

        accounts.as(B, () -> {
            LeadershipScorecard mine = scorecards.open(setup.visit());
            assertThat(mine.id()).isNotEqualTo(adaCard);
            assertThat(mine.recommendationScores()).as("Ben's own card starts empty").isEmpty();
            VendorRecommendations before = scorecards.vendor(setup.evaluation(), setup.vendor());
            assertThat(before.scoresVisible()).isFalse();
            assertThat(before.visits()).singleElement().satisfies(visit -> {
                assertThat(visit.recommendations()).extracting(Recommendation::id).containsExactly(recommendation);
                assertThat(visit.cards()).extracting(VendorRecommendations.Card::name, VendorRecommendations.Card::status)
                        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Ada Evaluator",
                                ScorecardStatus.SUBMITTED), org.assertj.core.groups.Tuple.tuple("Ben Evaluator",
                                ScorecardStatus.DRAFT));
                assertThat(visit.cards()).allSatisfy(card -> {
                    assertThat(card.recommendationScores()).isEmpty();
                    assertThat(card.sessionScores()).isEmpty();
                });
            });
            // Nor through Ada's card.
            assertThatThrownBy(() -> scorecards.mark(adaCard, recommendation, "R1", 0, Mark.level(1)))
                    .isInstanceOf(AccessDeniedException.class);

            fill(mine, 3);
            scorecards.submit(mine.id(), mine.version());
            VendorRecommendations after = scorecards.vendor(setup.evaluation(), setup.vendor());
            assertThat(after.scoresVisible()).isTrue();
            VendorRecommendations.Card ada = after.visits().getFirst().cards().stream()
                    .filter(card -> card.name().equals("Ada Evaluator")).findFirst().orElseThrow();
            assertThat(ada.score(recommendation, "R1").mark()).isEqualTo(Mark.level(4));
            assertThat(ada.score(null, "L1").mark()).isEqualTo(Mark.level(4));
        });
        // The reader and the lead stay blind until consensus.
        accounts.as(EvaluationFixture.READER, () -> assertThat(scorecards.vendor(setup.evaluation(), setup.vendor())
                .scoresVisible()).isFalse());

        // A recommendation captured after Ben's submit: his card no longer counts as submitted for
        // the blind rule until he scores it too, and it shows what it misses.
        long late = capture(setup, A, "Late addition from the COO");
        accounts.as(B, () -> {
            VendorRecommendations view = scorecards.vendor(setup.evaluation(), setup.vendor());
            assertThat(view.scoresVisible()).isFalse();
            assertThat(view.visits().getFirst().cards()).extracting(VendorRecommendations.Card::name,
                    VendorRecommendations.Card::unscored).containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("Ada Evaluator", 7),
                            org.assertj.core.groups.Tuple.tuple("Ben Evaluator", 7));
        });
        for (String evaluator : List.of(A, B)) {
            accounts.as(evaluator, () -> {
                LeadershipScorecard mine = scorecards.open(setup.visit());
                int version = scorecards.reopen(mine.id(), mine.version(), "Score the late addition");
                for (Criterion criterion : criteria(mine.recommendationRubric())) {
                    scorecards.mark(mine.id(), late, criterion.code(), ScoreEntry.UNSAVED, Mark.level(3));
                }
                scorecards.submit(mine.id(), version);
                assertThat(scorecards.vendor(setup.evaluation(), setup.vendor()).scoresVisible()).isTrue();
            });
        }

        // A reopened card is a draft again: its scores disappear from colleagues' view.
        accounts.as(B, () -> {
            LeadershipScorecard mine = scorecards.open(setup.visit());
            scorecards.reopen(mine.id(), mine.version(), "Second look at the session scores");
        });
        accounts.as(A, () -> {
            VendorRecommendations view = scorecards.vendor(setup.evaluation(), setup.vendor());
            assertThat(view.scoresVisible()).isTrue();
            VendorRecommendations.Card ben = view.visits().getFirst().cards().stream()
                    .filter(card -> card.name().equals("Ben Evaluator")).findFirst().orElseThrow();
            assertThat(ben.status()).isEqualTo(ScorecardStatus.DRAFT);
            assertThat(ben.recommendationScores()).isEmpty();
        });
    }

    @Test
    void aCardSubmittedBeforeTheRecommendationsWereCapturedOrWithAnotherVisitToComeReadsNothing() {
        Planned setup = started("Early submit", false);
        visitCardsSubmitted(setup);
        accounts.as(A, () -> {
            LeadershipScorecard card = scorecards.open(setup.visit());
            assertThat(card.recommendations()).isEmpty();
            fill(card, 3);
            scorecards.submit(card.id(), card.version());
        });
        long recommendation = capture(setup, B, "Cut the verification script to two questions");
        accounts.as(B, () -> {
            LeadershipScorecard card = scorecards.open(setup.visit());
            fill(card, 4);
            scorecards.submit(card.id(), card.version());
            assertThat(scorecards.vendor(setup.evaluation(), setup.vendor()).scoresVisible()).isTrue();
        });
        accounts.as(A, () -> {
            VendorRecommendations view = scorecards.vendor(setup.evaluation(), setup.vendor());
            assertThat(view.scoresVisible()).as("Ada has not scored the recommendation Ben scored").isFalse();
            assertThat(view.visits().getFirst().cards()).allSatisfy(card -> assertThat(card.recommendationScores())
                    .isEmpty());
        });

        // Ben attends a second visit to the candidate, still to come: blind again until it is scored.
        visitFixture.another(setup, java.time.LocalDateTime.of(2027, 4, 6, 9, 0), fixture.evaluatorB);
        accounts.as(B, () -> assertThat(scorecards.vendor(setup.evaluation(), setup.vendor()).scoresVisible())
                .isFalse());
        assertThat(recommendation).isPositive();
    }

    @Test
    void mergingADuplicateMovesItsScoresWhereTheOneKeptWasNotScoredAndNeverMixesJudgements() {
        Planned setup = started("Merge scores", false);
        long kept = capture(setup, A, "Dedicated team for billing disputes");
        long duplicate = capture(setup, B, "Billing disputes to their own skill group");
        long adaCard = accounts.as(A, () -> {
            LeadershipScorecard card = scorecards.open(setup.visit());
            ScoreSave four = scorecards.mark(card.id(), duplicate, "R1", ScoreEntry.UNSAVED, Mark.level(4));
            scorecards.note(card.id(), duplicate, "R1", four.entry().version(), "Cited our March repeat-call sample");
            return card.id();
        });
        long benCard = accounts.as(B, () -> {
            LeadershipScorecard card = scorecards.open(setup.visit());
            scorecards.mark(card.id(), kept, "R1", ScoreEntry.UNSAVED, Mark.level(2)).entry();
            scorecards.mark(card.id(), duplicate, "R2", ScoreEntry.UNSAVED, Mark.level(3));
            ScoreSave five = scorecards.mark(card.id(), duplicate, "R1", ScoreEntry.UNSAVED, Mark.level(5));
            scorecards.note(card.id(), duplicate, "R1", five.entry().version(), "Named the owner and the 30 days");
            return card.id();
        });

        accounts.as(EvaluationFixture.LEAD, () -> recommendations.merge(kept, duplicate));

        accounts.as(A, () -> {
            LeadershipScorecard card = scorecards.open(setup.visit());
            assertThat(card.recommendationIds()).containsExactly(kept);
            ScoreEntry moved = card.score(kept, "R1");
            assertThat(moved.mark()).isEqualTo(Mark.level(4));
            assertThat(moved.evidence()).isEqualTo("Cited our March repeat-call sample");
            assertThat(card.progress().scored()).isEqualTo(1);
            // A tab that still shows the kept one unscored cannot overwrite the moved score.
            assertThat(scorecards.mark(card.id(), kept, "R1", ScoreEntry.UNSAVED, Mark.level(1)).saved()).isFalse();
            assertRule(() -> scorecards.mark(card.id(), duplicate, "R3", ScoreEntry.UNSAVED, Mark.level(3)),
                    "leadership.error.notStanding");
        });
        accounts.as(B, () -> {
            LeadershipScorecard card = scorecards.open(setup.visit());
            assertThat(card.score(kept, "R1").mark()).as("Ben's own judgement of the kept one stands")
                    .isEqualTo(Mark.level(2));
            assertThat(card.score(kept, "R2").mark()).as("and is not mixed with his scores of the duplicate")
                    .isEqualTo(Mark.NONE);
        });

        assertThat(audit.forEntity(LeadershipScorecardService.ENTITY, String.valueOf(adaCard)))
                .singleElement().satisfies(event -> {
                    assertThat(event.action()).isEqualTo("LEADERSHIP_SCORES_MOVED");
                    assertThat(event.oldValue()).isEqualTo("recommendation " + duplicate
                            + ": R1=4, evidence: Cited our March repeat-call sample");
                    assertThat(event.newValue()).isEqualTo("recommendation " + kept);
                });
        assertThat(audit.forEntity(LeadershipScorecardService.ENTITY, String.valueOf(benCard)))
                .singleElement().satisfies(event -> {
                    assertThat(event.action()).isEqualTo("LEADERSHIP_SCORES_NOT_MOVED");
                    assertThat(event.oldValue()).isEqualTo("recommendation " + duplicate
                            + ": R1=5, evidence: Named the owner and the 30 days; R2=3");
                });
        assertThat(audit.forEntity(RecommendationService.ENTITY, String.valueOf(duplicate)))
                .filteredOn(event -> event.action().equals("RECOMMENDATION_MERGED")).singleElement()
                .satisfies(event -> assertThat(event.newValue()).endsWith("; scores moved: 1"));

        // The lead wrote the entries about the moved scores, but they are Ada's and Ben's scores:
        // the lead reads them in the Record (and its CSV) only from consensus on, like any other.
        RecordFilter moves = new RecordFilter(EvaluationFixture.LEAD, RecordKind.SCORES, null, null,
                java.time.ZoneOffset.UTC);
        accounts.as(EvaluationFixture.LEAD, () -> {
            assertThat(evaluations.record(setup.evaluation(), moves, 0, 50)).hasSize(2).allSatisfy(entry -> {
                assertThat(entry.valuesHidden()).isTrue();
                assertThat(entry.oldValue()).isNull();
                assertThat(entry.newValue()).isNull();
            });
            assertThat(new String(evaluations.recordCsv(setup.evaluation(), moves),
                    java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("R1=4", "R1=5", "30 days");
            evaluations.advance(setup.evaluation(), evaluations.evaluation(setup.evaluation()).version());
            assertThat(evaluations.record(setup.evaluation(), moves, 0, 50)).extracting(RecordEntry::oldValue)
                    .containsExactlyInAnyOrder("recommendation " + duplicate
                            + ": R1=4, evidence: Cited our March repeat-call sample", "recommendation " + duplicate
                            + ": R1=5, evidence: Named the owner and the 30 days; R2=3");
        });
    }

    @Test
    void theLeadMergingWhileAnEvaluatorScoresTheSameRecommendationsNeitherDeadlocksNorLosesAScore()
            throws Exception {
        Planned setup = started("Merge while scoring", false);
        long card = accounts.as(A, () -> scorecards.open(setup.visit()).id());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long kept = capture(setup, A, "Kept " + round);
                long duplicate = capture(setup, B, "Duplicate " + round);
                accounts.as(A, () -> scorecards.mark(card, duplicate, "R1", ScoreEntry.UNSAVED, Mark.level(3)));
                CyclicBarrier together = new CyclicBarrier(2);
                // The merge locks the visit's scorecards, then the recommendations; Ada's first
                // score of the kept one locks her scorecard, then (by its foreign key) the
                // recommendation. Taken in the same order, neither waits on the other forever.
                Callable<Boolean> merge = () -> accounts.as(EvaluationFixture.LEAD, () -> {
                    await(together);
                    recommendations.merge(kept, duplicate);
                    return true;
                });
                Callable<Boolean> score = () -> accounts.as(A, () -> {
                    await(together);
                    return scorecards.mark(card, kept, "R2", ScoreEntry.UNSAVED, Mark.level(3)).saved();
                });
                List<Boolean> outcomes = pool.invokeAll(List.of(merge, score)).stream()
                        .map(LeadershipScorecardServiceTest::get).toList();
                assertThat(outcomes).containsOnly(true);
                LeadershipScorecard after = accounts.as(A, () -> scorecards.open(setup.visit()));
                assertThat(after.score(kept, "R2").mark()).isEqualTo(Mark.level(3));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyAttendingEvaluatorsFreeOfConflictsScoreOnceTheVisitHasStarted() {
        Planned setup = started("Leadership COI", true);
        accounts.as(B, () -> assertRule(() -> scorecards.open(setup.visit()), "evaluations.error.conflictPending"));
        accounts.as(EvaluationFixture.READER, () -> assertRule(() -> scorecards.open(setup.visit()),
                "leadership.error.notAttendee"));
        Planned planned = visitFixture.visit("Leadership not started", false, fixture.evaluatorA);
        visitFixture.declareNoConflict(planned, A);
        accounts.as(A, () -> assertRule(() -> scorecards.open(planned.visit()), "scorecards.error.notStarted"));
    }

    @Test
    void twoDevicesOpeningTheCardAtOnceShareOneCard() throws Exception {
        Planned setup = started("Two devices", false);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Long> open = () -> accounts.as(A, () -> {
            await(together);
            return scorecards.open(setup.visit()).id();
        });
        try {
            List<Long> ids = pool.invokeAll(List.of(open, open)).stream().map(LeadershipScorecardServiceTest::get)
                    .toList();
            assertThat(ids.get(0)).isEqualTo(ids.get(1));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(key));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
