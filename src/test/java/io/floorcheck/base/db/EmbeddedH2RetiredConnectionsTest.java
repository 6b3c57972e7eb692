package io.floorcheck.base.db;

import static io.floorcheck.db.Tables.APP_USER;
import static io.floorcheck.db.Tables.EVALUATION;
import static io.floorcheck.db.Tables.RUBRIC_VERSION;
import static io.floorcheck.db.Tables.SCORE;
import static io.floorcheck.db.Tables.SCORECARD;
import static io.floorcheck.db.Tables.VENDOR;
import static io.floorcheck.db.Tables.VENDOR_SITE;
import static io.floorcheck.db.Tables.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDateTime;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default keeps saving after the pool has retired the connection that created the
 * tables. H2 2.4.240 broke this: a {@code CHECK (status IN (…))} constraint kept the session
 * that parsed it, and once the pool closed that connection (Hikari retires every connection
 * after 30 minutes) each write to the table failed with "Check constraint invalid … The database
 * has been closed" (h2database issues #4291, #4302, #4308, #4320). Here, on a file database with
 * the app's own H2 URL and pool, Flyway creates the tables, the pool retires every connection
 * at once, and then a score is saved and statuses change. Without Spring: a second application
 * context would replace the security context strategy the other tests' context relies on.
 */
class EmbeddedH2RetiredConnectionsTest {

    @TempDir
    Path directory;

    @Test
    void aScoreAndAStatusAreSavedAfterTheConnectionsThatCreatedTheTablesWereRetired() throws Exception {
        // As the app builds it: DatabaseUrl adds MySQL mode and lower-case identifiers.
        DatabaseUrl url = DatabaseUrl.of("jdbc:h2:file:" + Files.createDirectories(directory).resolve("floorcheck"));
        assertThat(url.kind()).isEqualTo(DatabaseUrl.Kind.H2);
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(url.url());
            pool.setMaximumPoolSize(4);
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            DSLContext db = DSL.using(pool, url.kind().dialect(),
                    new Settings().withRenderGroupConcatMaxLenSessionVariable(false));
            long scorecard = aDraftScorecard(db);

            // Hikari retires connections one by one, so the database stays open while the one
            // that created the tables closes; a connection of its own keeps it open here (with
            // none left, H2 would close the database and parse the constraints afresh on reopening).
            try (Connection keepsTheDatabaseOpen = DriverManager.getConnection(url.url())) {
                retireEveryConnection(pool);

                db.insertInto(SCORE).set(SCORE.SCORECARD_ID, scorecard).set(SCORE.CRITERION_CODE, "V1.1")
                        .set(SCORE.SCORE_VALUE, 4).set(SCORE.UPDATED_AT, LocalDateTime.now()).execute();
                db.update(SCORECARD).set(SCORECARD.STATUS, "SUBMITTED").where(SCORECARD.ID.eq(scorecard)).execute();
                db.update(EVALUATION).set(EVALUATION.STATUS, "CONSENSUS").execute();

                assertThat(db.fetchValue(SCORECARD.STATUS, SCORECARD.ID.eq(scorecard))).isEqualTo("SUBMITTED");
                assertThat(db.fetchCount(SCORE, SCORE.SCORECARD_ID.eq(scorecard))).isOne();
            }
        }
    }

    /** The rows a scorecard hangs from, written through the pool that Flyway used. */
    private static long aDraftScorecard(DSLContext db) {
        LocalDateTime now = LocalDateTime.now();
        long user = db.insertInto(APP_USER).set(APP_USER.EMAIL, "ada@example.com").set(APP_USER.DISPLAY_NAME, "Ada")
                .set(APP_USER.PASSWORD_HASH, "{noop}x").set(APP_USER.CREATED_AT, now).set(APP_USER.UPDATED_AT, now)
                .returning(APP_USER.ID).fetchOne(APP_USER.ID);
        long rubric = db.select(DSL.min(RUBRIC_VERSION.ID)).from(RUBRIC_VERSION).fetchOne().value1();
        long vendor = db.insertInto(VENDOR).set(VENDOR.LEGAL_NAME, "Harbor Ltd").set(VENDOR.LEGAL_NAME_KEY, "harbor ltd")
                .set(VENDOR.SHORT_NAME, "Harbor").set(VENDOR.CREATED_AT, now).returning(VENDOR.ID).fetchOne(VENDOR.ID);
        long site = db.insertInto(VENDOR_SITE).set(VENDOR_SITE.VENDOR_ID, vendor).set(VENDOR_SITE.SORT_ORDER, 0)
                .set(VENDOR_SITE.CITY, "Manila").set(VENDOR_SITE.COUNTRY, "Philippines")
                .set(VENDOR_SITE.TIME_ZONE, "Asia/Manila").returning(VENDOR_SITE.ID).fetchOne(VENDOR_SITE.ID);
        long evaluation = db.insertInto(EVALUATION).set(EVALUATION.NAME, "Retired connections")
                .set(EVALUATION.STATUS, "OPEN").set(EVALUATION.VISIT_RUBRIC_ID, rubric)
                .set(EVALUATION.RECOMMENDATION_RUBRIC_ID, rubric).set(EVALUATION.SESSION_RUBRIC_ID, rubric)
                .set(EVALUATION.VISIT_WEIGHT, new BigDecimal("60")).set(EVALUATION.LEADERSHIP_WEIGHT, new BigDecimal("40"))
                .set(EVALUATION.RECOMMENDATION_SHARE, new BigDecimal("0.7"))
                .set(EVALUATION.SESSION_SHARE, new BigDecimal("0.3")).set(EVALUATION.CREATED_BY, user)
                .set(EVALUATION.CREATED_AT, now).returning(EVALUATION.ID).fetchOne(EVALUATION.ID);
        long visit = db.insertInto(VISIT).set(VISIT.EVALUATION_ID, evaluation).set(VISIT.VENDOR_ID, vendor)
                .set(VISIT.SITE_ID, site).set(VISIT.STARTS_AT, now).set(VISIT.STATUS, "IN_PROGRESS")
                .set(VISIT.CREATED_AT, now).returning(VISIT.ID).fetchOne(VISIT.ID);
        return db.insertInto(SCORECARD).set(SCORECARD.VISIT_ID, visit).set(SCORECARD.EVALUATOR_ID, user)
                .set(SCORECARD.RUBRIC_VERSION_ID, rubric).set(SCORECARD.STATUS, "DRAFT").set(SCORECARD.CREATED_AT, now)
                .returning(SCORECARD.ID).fetchOne(SCORECARD.ID);
    }

    /** What Hikari does to each connection after its maximum lifetime, for all of them now. */
    private static void retireEveryConnection(HikariDataSource pool) throws InterruptedException {
        var bean = pool.getHikariPoolMXBean();
        bean.softEvictConnections();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (bean.getActiveConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(bean.getActiveConnections()).isZero();
    }
}
