package io.floorcheck.comparison.internal;

import static io.floorcheck.db.Tables.APP_USER;
import static io.floorcheck.db.Tables.EVALUATION;
import static io.floorcheck.db.Tables.EVALUATION_MEMBER;

import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Adds the benchmark's large evaluation (10 candidates × the shipped rubric × 8 evaluators, at
 * consensus) to an app's embedded database, led by the demo's Priya with Claire reading, so the
 * comparison view's render time can be measured in a browser on the production jar. Run with the
 * app stopped (the embedded database allows one process):
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) \
 *     io.floorcheck.comparison.internal.SeedLargeEvaluation 'jdbc:h2:file:/path/data/floorcheck-demo;MODE=MySQL;...'
 * </pre>
 */
public final class SeedLargeEvaluation {

    private SeedLargeEvaluation() {
    }

    public static void main(String[] args) {
        // The app opens its embedded database with an empty user name unless one is configured.
        DSLContext db = DSL.using(args[0], args.length > 1 ? args[1] : "", "");
        db.configuration().set(SQLDialect.H2);
        long evaluation = LoadBenchmark.seed(db, 10, 8, 6);
        db.update(EVALUATION).set(EVALUATION.NAME, "Benchmark: ten candidates").where(EVALUATION.ID.eq(evaluation))
                .execute();
        for (String[] member : new String[][] {{"priya.nair@example.com", "LEAD"}, {"claire.dubois@example.com",
                "READER"}}) {
            long user = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(member[0])).fetchSingle().value1();
            db.insertInto(EVALUATION_MEMBER).set(EVALUATION_MEMBER.EVALUATION_ID, evaluation)
                    .set(EVALUATION_MEMBER.USER_ID, user).set(EVALUATION_MEMBER.ROLE, member[1])
                    .set(EVALUATION_MEMBER.ADDED_AT, LocalDateTime.of(2026, 11, 20, 10, 0)).execute();
        }
        System.out.println("Seeded evaluation " + evaluation);
    }
}
