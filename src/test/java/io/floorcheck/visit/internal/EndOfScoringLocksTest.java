package io.floorcheck.visit.internal;

import static io.floorcheck.db.Tables.EVALUATION;
import static io.floorcheck.db.Tables.SCORECARD;
import static io.floorcheck.db.Tables.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.floorcheck.audit.AuditEvent;
import io.floorcheck.audit.internal.AuditRepository;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.ScoreSubmissions.OpenCard;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.visit.Scorecard;
import io.floorcheck.visit.ScorecardService;
import io.floorcheck.visit.VisitFixture;
import io.floorcheck.visit.VisitFixture.Planned;
import io.floorcheck.visit.VisitService;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The locks around the end of scoring, on MariaDB (InnoDB, repeatable read): whoever opens a
 * card takes the evaluation before the visit, the order the end of scoring and the leadership
 * card take them in, so no two of them wait for each other in a circle; and the end of scoring
 * closes exactly the drafts it reports, read as they are, not as its transaction first saw them.
 */
@FloorcheckSpringTest
class EndOfScoringLocksTest {

    private static final String A = EvaluationFixture.EVALUATOR_A;
    private static final String B = EvaluationFixture.EVALUATOR_B;

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    @Autowired VisitService visits;
    @Autowired ScorecardService scorecards;
    @Autowired VisitScoreSubmissions visitCards;
    @Autowired AuditRepository audit;
    @Autowired TransactionTemplate transactions;
    @Autowired DSLContext db;
    VisitFixture visitFixture;
    EvaluationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new EvaluationFixture(accounts, evaluations, vendors);
        visitFixture = new VisitFixture(fixture, accounts, evaluations, visits);
    }

    private Planned started(String name) {
        return visitFixture.startedWithBothDeclared(name);
    }

    @Test
    void openingAScorecardWaitsForTheEvaluationBeforeItTakesTheVisit() throws Exception {
        Planned setup = started("Lock order");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            // The lead ending scoring holds the evaluation...
            Future<?> lead = pool.submit(() -> transactions.executeWithoutResult(status -> {
                db.selectFrom(EVALUATION).where(EVALUATION.ID.eq(setup.evaluation())).forUpdate().fetch();
                holding.countDown();
                awaitQuietly(release);
            }));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            // ...while Ada opens her card: she waits for it.
            Future<Scorecard> ada = pool.submit(() -> accounts.as(A, () -> scorecards.open(setup.visit())));
            waitUntilSomeoneWaitsForALock();

            // Meanwhile the visit is free: the end of scoring (or a leadership card) can take it
            // next. Had Ada taken the visit first, each would wait for the other.
            int visitsTaken = transactions.execute(status -> db.selectFrom(VISIT)
                    .where(VISIT.ID.eq(setup.visit())).forUpdate().noWait().fetch().size());
            assertThat(visitsTaken).isEqualTo(1);

            release.countDown();
            lead.get(10, TimeUnit.SECONDS);
            assertThat(ada.get(10, TimeUnit.SECONDS).visitId()).isEqualTo(setup.visit());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void theEndOfScoringClosesAndReportsTheDraftsAsTheyAreNotAsItFirstSawThem() throws Exception {
        Planned setup = started("Drafts as they are");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            List<OpenCard> closed = accounts.as(EvaluationFixture.LEAD, () -> transactions.execute(status -> {
                // The transaction has read before (the lead's checks): its snapshot has no card of Ben's.
                assertThat(db.fetchCount(SCORECARD, SCORECARD.VISIT_ID.eq(setup.visit()))).isZero();
                // Ben opens his card now, committed before the drafts are closed.
                long benCard = get(pool.submit(() -> accounts.as(B, () -> scorecards.open(setup.visit()).id())));
                List<OpenCard> cards = visitCards.close(setup.evaluation(), Instant.now());
                assertThat(cards).extracting(OpenCard::scorecardId).containsExactly(benCard);
                return cards;
            }));
            long benCard = closed.getFirst().scorecardId();
            assertThat(db.select(SCORECARD.STATUS).from(SCORECARD).where(SCORECARD.ID.eq(benCard)).fetchSingle()
                    .value1()).isEqualTo("CLOSED");
            assertThat(audit.forEntity("scorecard", String.valueOf(benCard))).extracting(AuditEvent::action)
                    .as("what was closed is on record").contains("SCORECARD_CLOSED");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Until InnoDB reports a transaction waiting for a lock (the card being opened). */
    private void waitUntilSomeoneWaitsForALock() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (db.fetchCount(DSL.table("information_schema.innodb_trx"),
                DSL.field("trx_state").eq("LOCK WAIT")) == 0) {
            assertThat(Instant.now()).as("a transaction waiting for a lock").isBefore(until);
            // InnoDB refreshes this table only when it was last read more than 0.1 s ago.
            Thread.sleep(250);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
