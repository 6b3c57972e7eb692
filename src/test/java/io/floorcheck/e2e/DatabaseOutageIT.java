package io.floorcheck.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * When the database goes away, readiness says so within seconds and liveness does not: the
 * platform stops sending users to this instance instead of restarting a healthy process.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageIT {

    private static final Path DIRECTORY = createDirectory();
    private static final String OPTIONS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("floorcheck-outage");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        String url = "jdbc:h2:file:" + DIRECTORY.resolve("db") + OPTIONS;
        // Create the file now; the application opens it only if it exists, so once it is gone
        // every new connection fails the way a dead server does.
        try (Connection ignored = DriverManager.getConnection(url)) {
            registry.add("floorcheck.db.url", () -> url + ";IFEXISTS=TRUE");
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readinessFailsFastWhenTheDatabaseIsGoneWhileLivenessStaysUp() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        statement.execute("SHUTDOWN");
        try {
            connection.close();
        } catch (SQLException closedByShutdown) {
            assertThat(closedByShutdown.getMessage()).contains("closed");
        }
        try (Stream<Path> files = Files.walk(DIRECTORY)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }

        Instant start = Instant.now();
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        Duration answeredIn = Duration.between(start, Instant.now());
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"DOWN\"}").doesNotContain("h2");
        // Generous bound: the pool gives up after 5 s; minutes would mean a hanging instance.
        assertThat(answeredIn).isLessThan(Duration.ofSeconds(20));
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }
}
