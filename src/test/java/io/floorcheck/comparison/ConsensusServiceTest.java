package io.floorcheck.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.floorcheck.audit.AuditEvent;
import io.floorcheck.audit.AuditService;
import io.floorcheck.base.Mark;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.comparison.ComparisonData.RubricRow;
import io.floorcheck.comparison.internal.ConsensusRepository;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.recommendation.LeadershipScorecardService;
import io.floorcheck.recommendation.internal.LeadershipScorecardRepository;
import io.floorcheck.scoring.CriterionValue;
import io.floorcheck.scoring.GateStatus;
import io.floorcheck.scoring.Part;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.visit.ScoreEntry;
import io.floorcheck.visit.Scorecard;
import io.floorcheck.visit.ScorecardService;
import io.floorcheck.visit.VisitService;
import io.floorcheck.visit.internal.ScorecardRepository;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consensus step on MariaDB: individual scores frozen from CONSENSUS on (by the services and by
 * the SQL), agreed values and waivers changing the result exactly as the model says and restored
 * when withdrawn, stale writes shown instead of overwritten, LOCKED refusing everything, and every
 * entry on the record.
 */
@FloorcheckSpringTest
class ConsensusServiceTest {

    private static final String LEAD = EvaluationFixture.LEAD;
    private static final String A = EvaluationFixture.EVALUATOR_A;

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    @Autowired VisitService visits;
    @Autowired ScorecardService scorecards;
    @Autowired LeadershipScorecardService leadership;
    @Autowired ComparisonService comparisons;
    @Autowired ConsensusService consensus;
    @Autowired ScorecardRepository scorecardRows;
    @Autowired LeadershipScorecardRepository leadershipRows;
    @Autowired ConsensusRepository consensusRows;
    @Autowired AuditService audit;
    @Autowired TransactionTemplate transactions;
    @Autowired DSLContext db;
    EvaluationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new EvaluationFixture(accounts, evaluations, vendors);
    }

    private ScoredEvaluation atConsensus(String name) {
        ScoredEvaluation scored = ScoredEvaluation.of(name, fixture, accounts, evaluations, visits, scorecards,
                leadership);
        accounts.as(LEAD, () -> evaluations.advance(scored.evaluation(),
                evaluations.evaluation(scored.evaluation()).version()));
        return scored;
    }

    @Test
    void atConsensusIndividualScoresAreFrozenByTheServicesAndByTheSql() {
        ScoredEvaluation scored = atConsensus("Frozen scores");
        long visit = scored.visits().get(1);
        Scorecard card = accounts.as(A, () -> scorecards.open(visit));

        accounts.as(A, () -> {
            assertThatThrownBy(() -> scorecards.reopen(card.id(), card.version(), "Second thoughts"))
                    .as("no reopen at consensus").isInstanceOf(RuleViolation.class);
            assertThatThrownBy(() -> scorecards.mark(card.id(), "1.1", card.score("1.1").version(), Mark.level(1)))
                    .isInstanceOf(RuleViolation.class);
        });
        // A faulty caller going straight to the repositories is refused by the SQL itself.
        var entry = card.score("1.1");
        assertThatThrownBy(() -> scorecardRows.save(card.id(), toOne(entry), false,
                Instant.now())).isInstanceOf(RuleViolation.class).hasMessageContaining("scoringClosed");
        assertThatThrownBy(() -> scorecardRows.reopen(card.id(), card.version(), "Sneaky"))
                .hasMessageContaining("scoringClosed");
        var leadershipCard = accounts.as(A, () -> leadership.open(visit));
        String sessionCode = leadershipCard.sessionRubric().sections().getFirst().criteria().getFirst().code();
        var sessionEntry = leadershipCard.score(null, sessionCode);
        assertThatThrownBy(() -> leadershipRows.save(leadershipCard.id(), null,
                toOne(sessionEntry), false, Instant.now()))
                .hasMessageContaining("scoringClosed");
        assertThatThrownBy(() -> leadershipRows.reopen(leadershipCard.id(), leadershipCard.version(), "Sneaky"))
                .hasMessageContaining("scoringClosed");
        assertThat(accounts.as(A, () -> scorecards.open(visit)).score("1.1").mark()).isEqualTo(Mark.level(4));

        // Re-opening scoring (with a reason) makes the cards reopenable again.
        accounts.as(LEAD, () -> evaluations.reopen(scored.evaluation(),
                evaluations.evaluation(scored.evaluation()).version(), "A visit note was missing"));
        accounts.as(A, () -> scorecards.reopen(card.id(), scorecards.open(visit).version(), "Add the missing note"));
        assertThatThrownBy(() -> accounts.as(LEAD, () -> consensus.record(scored.evaluation(),
                new ItemKey(Part.VISIT, scored.second(), null, "1.1"), ConsensusBoard.Item.NONE, Agreed.ofLevel(4),
                "While scoring is open"))).as("agreed values only at consensus")
                .hasMessageContaining("consensus.error.notConsensus");
    }

    @Test
    void anAgreedValueReplacesTheMeanExactlyAsTheModelSaysAndWithdrawingRestoresIt() {
        ScoredEvaluation scored = atConsensus("Agreed value");
        long evaluation = scored.evaluation();
        ItemKey item = new ItemKey(Part.VISIT, scored.second(), null, "1.1");
        double before = accounts.as(LEAD, () -> comparisons.compute(evaluation)).result().vendor(scored.second())
                .visitPart();
        assertThat(before).as("Ada 4 and Ben 3 on every criterion: 3.5 → 62.5").isCloseTo(62.5, within(1e-9));

        ConsensusSave saved = accounts.as(LEAD, () -> consensus.record(evaluation, item, ConsensusBoard.Item.NONE,
                Agreed.ofLevel(5), "Both saw the greeting script followed on every call; Ben's 3 was for one slip."));
        assertThat(saved.saved()).isTrue();
        assertThat(saved.current().agreed().value()).isEqualTo(Agreed.ofLevel(5));
        assertThat(saved.current().source()).isEqualTo(CriterionValue.Source.AGREED);
        assertThat(saved.current().value()).isEqualTo(100.0);

        // By hand from the rubric: 1.1 moves from 62.5 to 100, weighted by its share of section 1 and
        // section 1's share of the visit part; every other criterion stays 62.5.
        List<RubricRow> rubric = accounts.as(LEAD, () -> comparisons.load(evaluation)).rubric();
        List<RubricRow> visitRows = rubric.stream().filter(r -> r.part() == Part.VISIT && !r.gate()).toList();
        double sectionOne = visitRows.stream().filter(r -> r.sectionCode().equals("1")).mapToDouble(
                r -> r.criterionWeight().doubleValue()).sum();
        double share = visitRows.stream().filter(r -> r.criterionCode().equals("1.1")).findFirst().orElseThrow()
                .criterionWeight().doubleValue() / sectionOne;
        double sectionWeights = visitRows.stream().filter(r -> r.criterionCode().endsWith(".1"))
                .mapToDouble(r -> r.sectionWeight().doubleValue()).sum();
        double sectionOneWeight = visitRows.getFirst().sectionWeight().doubleValue();
        double expected = 62.5 + sectionOneWeight / sectionWeights * share * (100 - 62.5);
        var after = accounts.as(LEAD, () -> comparisons.compute(evaluation)).result().vendor(scored.second());
        assertThat(after.visitPart()).isCloseTo(expected, within(1e-9));

        ConsensusSave withdrawn = accounts.as(LEAD, () -> consensus.withdraw(evaluation, item,
                saved.current().version(), "Recorded on the wrong vendor"));
        assertThat(withdrawn.saved()).isTrue();
        assertThat(withdrawn.current().agreed()).isNull();
        assertThat(accounts.as(LEAD, () -> comparisons.compute(evaluation)).result().vendor(scored.second())
                .visitPart()).isEqualTo(before);

        long row = consensusRows.lockValue(evaluation, item).orElseThrow().id();
        assertThat(records("consensus_value", row)).extracting(AuditEvent::action)
                .containsExactly("CONSENSUS_RECORDED", "CONSENSUS_WITHDRAWN");
        assertThat(records("consensus_value", row).getFirst().reason())
                .startsWith("Both saw the greeting script");
    }

    @Test
    void anAgreedFailMakesAVendorNotRecommendableUntilAWaiverWithItsApproverLetsItPass() {
        ScoredEvaluation scored = atConsensus("Gate waiver");
        long evaluation = scored.evaluation();
        ItemKey gate = new ItemKey(Part.VISIT, scored.second(), null, "G1");
        assertThat(accounts.as(LEAD, () -> comparisons.compute(evaluation)).result().recommended())
                .isEqualTo(scored.second());

        ConsensusSave failed = accounts.as(LEAD, () -> consensus.record(evaluation, gate, ConsensusBoard.Item.NONE,
                Agreed.ofGate(false), "The clean-desk check failed on the second floor."));
        assertThat(failed.current().gateStatus()).isEqualTo(GateStatus.FAIL);
        var result = accounts.as(LEAD, () -> comparisons.compute(evaluation)).result();
        assertThat(result.vendor(scored.second()).recommendable()).isFalse();
        assertThat(result.recommended()).isEqualTo(scored.first());

        assertThatThrownBy(() -> accounts.as(LEAD, () -> consensus.waive(evaluation, scored.second(), "G1",
                ConsensusBoard.Item.NONE, " ", "CISO", "Fixed by go-live"))).hasMessageContaining("approverMissing");
        ConsensusSave waived = accounts.as(LEAD, () -> consensus.waive(evaluation, scored.second(), "G1",
                ConsensusBoard.Item.NONE, "Dana Whitfield", "Chief Information Security Officer",
                "Remediation plan signed; re-audit before go-live."));
        assertThat(waived.current().gateStatus()).isEqualTo(GateStatus.WAIVED);
        assertThat(waived.current().waiver().approver()).isEqualTo("Dana Whitfield");
        assertThat(accounts.as(LEAD, () -> comparisons.compute(evaluation)).result().recommended())
                .isEqualTo(scored.second());
        assertThat(accounts.as(LEAD, () -> comparisons.load(evaluation)).waivers()).singleElement()
                .satisfies(w -> assertThat(w.approverRole()).isEqualTo("Chief Information Security Officer"));

        assertThatThrownBy(() -> accounts.as(LEAD, () -> consensus.record(evaluation, gate, failed.current().version(),
                Agreed.ofGate(true), "It passes after all"))).as("a waived gate: withdraw the waiver first")
                .hasMessageContaining("waivedGatePass");
        ConsensusSave stale = accounts.as(LEAD, () -> consensus.withdrawWaiver(evaluation, scored.second(), "G1",
                ConsensusBoard.Item.NONE, "Read before the waiver"));
        assertThat(stale.saved()).as("a stale withdrawal shows the waiver instead").isFalse();
        assertThat(stale.current().waiver().approver()).isEqualTo("Dana Whitfield");
        ConsensusSave unwaived = accounts.as(LEAD, () -> consensus.withdrawWaiver(evaluation, scored.second(), "G1",
                waived.current().waiverVersion(), "The re-audit was cancelled."));
        assertThat(unwaived.current().gateStatus()).isEqualTo(GateStatus.FAIL);
        assertThat(accounts.as(LEAD, () -> comparisons.compute(evaluation)).result().recommended())
                .isEqualTo(scored.first());
        assertThatThrownBy(() -> accounts.as(LEAD, () -> consensus.waive(evaluation, scored.first(), "G1",
                ConsensusBoard.Item.NONE, "Dana Whitfield", "CISO", "Nothing failed")))
                .as("only a failed gate is waived").hasMessageContaining("gateNotFailed");

        long waiverRow = consensusRows.lockWaiver(evaluation, scored.second(), "G1").orElseThrow().id();
        assertThat(records("gate_waiver", waiverRow)).extracting(AuditEvent::action)
                .containsExactly("GATE_WAIVED", "GATE_WAIVER_WITHDRAWN");
    }

    @Test
    void aStaleWriteGetsTheOtherValueNeverAnOverwriteAndOnlyTheLeadWrites() {
        ScoredEvaluation scored = atConsensus("Two tabs");
        long evaluation = scored.evaluation();
        ItemKey item = new ItemKey(Part.VISIT, scored.second(), null, "2.1");

        accounts.as(LEAD, () -> consensus.record(evaluation, item, ConsensusBoard.Item.NONE, Agreed.ofLevel(4),
                "First tab"));
        ConsensusSave second = accounts.as(LEAD, () -> consensus.record(evaluation, item, ConsensusBoard.Item.NONE,
                Agreed.ofLevel(2), "Second tab, read before the first saved"));
        assertThat(second.saved()).isFalse();
        assertThat(second.current().agreed().value()).as("the other value, shown").isEqualTo(Agreed.ofLevel(4));
        assertThat(second.current().agreed().rationale()).isEqualTo("First tab");

        assertThatThrownBy(() -> accounts.as(A, () -> consensus.record(evaluation, item, second.current().version(),
                Agreed.ofLevel(2), "An evaluator is not the lead"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(LEAD, () -> consensus.record(evaluation, item,
                second.current().version(), Agreed.ofLevel(2), "  "))).isInstanceOf(RuleViolation.class)
                .as("a rationale is required").hasMessageContaining("reasonMissing");
        assertThatThrownBy(() -> accounts.as(LEAD, () -> consensus.record(evaluation, item,
                second.current().version(), Agreed.ofLevel(9), "Out of scale"))).hasMessageContaining("level");
        assertThat(accounts.as(EvaluationFixture.READER, () -> consensus.board(evaluation)).mayEdit())
                .as("readers read the board").isFalse();
        assertThatThrownBy(() -> accounts.as(LEAD, () -> consensus.record(evaluation,
                new ItemKey(Part.VISIT, scored.second(), null, "G1"), ConsensusBoard.Item.NONE, Agreed.ofLevel(3),
                "A gate is not a level"))).hasMessageContaining("gatePassFail");
        assertThatThrownBy(() -> accounts.as(LEAD, () -> consensus.record(evaluation,
                new ItemKey(Part.VISIT, scored.second(), null, "2.2"), ConsensusBoard.Item.NONE, Agreed.ofGate(true),
                "A criterion is not a gate"))).hasMessageContaining("notGate");
        assertThatThrownBy(() -> accounts.as(LEAD, () -> consensus.record(evaluation,
                new ItemKey(Part.VISIT, scored.second(), null, "9.9"), ConsensusBoard.Item.NONE, Agreed.ofLevel(3),
                "No such criterion"))).hasMessageContaining("noSuchItem");

        // Withdrawn, then agreed again over the withdrawn row (quoting its version).
        ConsensusSave withdrawn = accounts.as(LEAD, () -> consensus.withdraw(evaluation, item,
                second.current().version(), "Discussed again"));
        assertThat(withdrawn.saved()).isTrue();
        ConsensusSave again = accounts.as(LEAD, () -> consensus.record(evaluation, item, withdrawn.current().version(),
                Agreed.na(), "Not applicable to a chat-only floor"));
        assertThat(again.saved()).isTrue();
        assertThat(again.current().agreed().value()).isEqualTo(Agreed.na());
        assertThat(again.current().value()).as("an agreed N/A leaves the criterion without a value").isNaN();
    }

    @Test
    void lockedRefusesConsensusWaiversAndScoresAndSaysWhenAndByWhom() {
        ScoredEvaluation scored = atConsensus("Locked");
        long evaluation = scored.evaluation();
        ItemKey item = new ItemKey(Part.VISIT, scored.second(), null, "3.1");
        ConsensusSave saved = accounts.as(LEAD, () -> consensus.record(evaluation, item, ConsensusBoard.Item.NONE,
                Agreed.ofLevel(4), "Agreed before locking"));

        var open = accounts.as(LEAD, () -> evaluations.openBeforeLock(evaluation));
        assertThat(open.disputed()).as("every criterion of the second vendor is 4 against 3: spread 1 of 4, not disputed")
                .isEmpty();
        accounts.as(LEAD, () -> evaluations.advance(evaluation, evaluations.evaluation(evaluation).version()));

        assertThatThrownBy(() -> accounts.as(LEAD, () -> consensus.record(evaluation, item, saved.current().version(),
                Agreed.ofLevel(5), "After the lock"))).hasMessageContaining("consensus.error.locked");
        assertThatThrownBy(() -> accounts.as(LEAD, () -> consensus.withdraw(evaluation, item,
                saved.current().version(), "After the lock"))).hasMessageContaining("consensus.error.locked");
        assertThatThrownBy(() -> accounts.as(LEAD, () -> consensus.waive(evaluation, scored.second(), "G1",
                ConsensusBoard.Item.NONE, "Dana Whitfield", "CISO", "After the lock")))
                .hasMessageContaining("consensus.error.locked");
        assertThat(consensusRows.insertWaiver(evaluation, scored.second(), "G1", "Dana Whitfield", "CISO", "Sneaky",
                fixture.evaluatorA, Instant.now())).isFalse();
        // And the SQL, for a caller that skipped the service.
        assertThat(consensusRows.insertValue(evaluation, new ItemKey(Part.VISIT, scored.first(), null, "3.1"),
                Agreed.ofLevel(1), "Sneaky", fixture.evaluatorA, Instant.now())).isFalse();
        var stored = consensusRows.lockValue(evaluation, item).orElseThrow();
        assertThat(consensusRows.updateValue(stored.id(), stored.version(), Agreed.ofLevel(1), "Sneaky",
                fixture.evaluatorA, Instant.now())).isFalse();
        assertThat(consensusRows.withdrawValue(stored.id(), stored.version(), "Sneaky", fixture.evaluatorA,
                Instant.now())).isFalse();
        Scorecard card = accounts.as(A, () -> scorecards.open(scored.visits().getFirst()));
        assertThatThrownBy(() -> scorecardRows.save(card.id(), toOne(card.score("1.1")), false, Instant.now()))
                .hasMessageContaining("scoringClosed");
        var leadershipCard = accounts.as(A, () -> leadership.open(scored.visits().getFirst()));
        String sessionCode = leadershipCard.sessionRubric().sections().getFirst().criteria().getFirst().code();
        assertThatThrownBy(() -> leadershipRows.save(leadershipCard.id(), null,
                toOne(leadershipCard.score(null, sessionCode)), false, Instant.now()))
                .hasMessageContaining("scoringClosed");

        ComparisonData data = accounts.as(EvaluationFixture.READER, () -> comparisons.load(evaluation));
        assertThat(data.locked()).isNotNull();
        assertThat(data.locked().by()).isEqualTo(accounts.as(LEAD, () -> evaluations.evaluation(evaluation)).members()
                .stream().filter(m -> m.role() == io.floorcheck.evaluation.MemberRole.LEAD).findFirst().orElseThrow()
                .name());
        assertThat(data.consensus()).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(4));

        accounts.as(LEAD, () -> evaluations.reopen(evaluation, evaluations.evaluation(evaluation).version(),
                "The steering committee asked for one more look"));
        assertThat(accounts.as(LEAD, () -> comparisons.load(evaluation)).locked()).as("re-opened: no longer locked")
                .isNull();
    }

    @Test
    void aSecondLeadWhoseWriteWaitedForTheFirstSeesTheFirstValueAndOverwritesNothing() throws Exception {
        ScoredEvaluation scored = atConsensus("Two leads at once");
        long evaluation = scored.evaluation();
        ItemKey item = new ItemKey(Part.VISIT, scored.second(), null, "4.1");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            // The first lead records a 4 and, before committing, holds on (a slow network, say).
            Future<?> first = pool.submit(() -> accounts.as(LEAD, () -> transactions.executeWithoutResult(status -> {
                consensus.record(evaluation, item, ConsensusBoard.Item.NONE, Agreed.ofLevel(4), "First lead");
                holding.countDown();
                awaitQuietly(release);
            })));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            // The second lead, who also saw no value yet, records a 2: the write waits for the first.
            Future<ConsensusSave> second = pool.submit(() -> accounts.as(LEAD, () -> consensus.record(evaluation,
                    item, ConsensusBoard.Item.NONE, Agreed.ofLevel(2), "Second lead")));
            waitUntilSomeoneWaitsForALock();
            release.countDown();
            first.get(30, TimeUnit.SECONDS);

            ConsensusSave late = second.get(30, TimeUnit.SECONDS);
            assertThat(late.saved()).isFalse();
            // Read after the wait, not from before it: the first lead's value, to show.
            assertThat(late.current().agreed()).isNotNull();
            assertThat(late.current().agreed().value()).isEqualTo(Agreed.ofLevel(4));
            assertThat(late.current().agreed().rationale()).isEqualTo("First lead");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    /** Until InnoDB reports a transaction waiting for a lock. */
    private void waitUntilSomeoneWaitsForALock() throws InterruptedException {
        java.time.Instant until = java.time.Instant.now().plusSeconds(20);
        while (db.fetchCount(DSL.table("information_schema.innodb_trx"), DSL.field("trx_state").eq("LOCK WAIT")) == 0) {
            assertThat(java.time.Instant.now()).as("a transaction waiting for a lock").isBefore(until);
            // InnoDB refreshes this table only when it was last read more than 0.1 s ago.
            Thread.sleep(250);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<AuditEvent> records(String entity, long row) {
        return accounts.as(TestAccounts.ADMIN, () -> audit.forEntity(entity, String.valueOf(row)));
    }

    /** The entry as read, marked 1: what a faulty caller would try to store. */
    private static ScoreEntry toOne(ScoreEntry read) {
        return new ScoreEntry(read.criterionCode(), Mark.level(1), null, List.of(), read.version(), false);
    }
}
