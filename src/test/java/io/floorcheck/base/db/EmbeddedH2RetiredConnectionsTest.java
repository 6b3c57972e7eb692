package io.floorcheck.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.floorcheck.base.Mark;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.EvaluationSummary;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.security.RunAs;
import io.floorcheck.visit.ScoreSave;
import io.floorcheck.visit.Scorecard;
import io.floorcheck.visit.ScorecardService;
import io.floorcheck.visit.VisitService;
import io.floorcheck.visit.VisitStatus;
import io.floorcheck.visit.VisitSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded default keeps saving after the pool has retired the connections that created
 * and opened the database. H2 2.4.240 broke this: a {@code CHECK (status IN (…))} constraint
 * kept the session that parsed it, and once the pool closed that connection (Hikari retires
 * every connection after 30 minutes) each write to the table failed with "Check constraint
 * invalid … The database has been closed" (h2database issues #4291, #4302, #4308, #4320).
 * Here the pool is told to retire every connection at once, on a file database with the app's
 * own H2 settings and the demo data, and then a score and a visit status are saved.
 */
@SpringBootTest(properties = "floorcheck.demo=true")
class EmbeddedH2RetiredConnectionsTest {

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path directory = Files.createTempDirectory("floorcheck-h2-");
        // DatabaseUrl adds the app's H2 options (MySQL mode, lower-case identifiers) as it does in production.
        registry.add("floorcheck.db.url", () -> "jdbc:h2:file:" + directory.resolve("floorcheck"));
    }

    @Autowired DataSource dataSource;
    @Autowired DatabaseUrl databaseUrl;
    @Autowired UserDetailsService accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VisitService visits;
    @Autowired ScorecardService scorecards;

    @Test
    void aScoreAndAStatusAreSavedAfterTheConnectionsThatCreatedTheTablesWereRetired() throws Exception {
        assertThat(databaseUrl.kind()).isEqualTo(DatabaseUrl.Kind.H2);
        assertThat(databaseUrl.url()).startsWith("jdbc:h2:file:").contains(";MODE=MySQL");
        long bogota = as("sofia.alvarez@example.com", () -> {
            EvaluationSummary demo = evaluations.visible().getFirst();
            return visits.visits(demo.id()).stream().filter(v -> v.status() == VisitStatus.IN_PROGRESS)
                    .map(VisitSummary::id).findFirst().orElseThrow();
        });

        // Hikari retires connections one by one, so the database stays open while the one that
        // created the tables closes; a connection of its own keeps it open here (with none left,
        // H2 would close the database and parse the constraints afresh when it reopens).
        try (Connection keepsTheDatabaseOpen = DriverManager.getConnection(databaseUrl.url())) {
            retireEveryConnection();
            saveAScoreAndAStatus(bogota);
        }
    }

    private void saveAScoreAndAStatus(long bogota) {
        ScoreSave saved = as("sofia.alvarez@example.com", () -> {
            Scorecard card = scorecards.open(bogota);
            Criterion open = card.rubric().sections().stream().flatMap(s -> s.criteria().stream())
                    .filter(c -> !c.gate() && !card.score(c.code()).mark().isSet()).findFirst().orElseThrow();
            return scorecards.mark(card.id(), open.code(), card.score(open.code()).version(), Mark.level(3));
        });
        assertThat(saved.saved()).isTrue();
        assertThat(saved.entry().mark()).isEqualTo(Mark.level(3));

        VisitStatus completed = as("priya.nair@example.com",
                () -> visits.complete(bogota, visits.visit(bogota).version()));
        assertThat(completed).isEqualTo(VisitStatus.COMPLETED);
    }

    /** What Hikari does to each connection after its maximum lifetime, for all of them now. */
    private void retireEveryConnection() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        var bean = pool.getHikariPoolMXBean();
        bean.softEvictConnections();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        // Idle connections close at once; wait until none of the old ones is active either.
        while (bean.getActiveConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(bean.getActiveConnections()).isZero();
    }

    private <T> T as(String email, java.util.function.Supplier<T> work) {
        return RunAs.as(accounts.loadUserByUsername(email), work);
    }
}
