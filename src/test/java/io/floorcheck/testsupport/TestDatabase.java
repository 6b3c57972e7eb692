package io.floorcheck.testsupport;

import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.floorcheck.base.db.DatabaseUrl;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, migrated database for one test class, without Spring: the real MariaDB server or
 * the embedded H2 in MySQL mode. Tests that must hold on both extend {@link BothDatabases},
 * so the embedded default is proven along with MySQL-family SQL.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {

    public enum Kind { MARIADB, H2 }

    private final Kind kind;
    private HikariDataSource dataSource;
    private DSLContext dsl;

    private TestDatabase(Kind kind) {
        this.kind = kind;
    }

    public static TestDatabase mariaDb() {
        return new TestDatabase(Kind.MARIADB);
    }

    public static TestDatabase h2() {
        return new TestDatabase(Kind.H2);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        dataSource = new HikariDataSource();
        dataSource.setMaximumPoolSize(4);
        DatabaseUrl url;
        if (kind == Kind.MARIADB) {
            MariaDbServer.JdbcCoordinates database = MariaDbServer.freshDatabase();
            url = DatabaseUrl.of(database.url());
            dataSource.setUsername(database.user());
            dataSource.setPassword(database.password());
        } else {
            url = DatabaseUrl.of("jdbc:h2:mem:fc" + UUID.randomUUID().toString().replace("-", "")
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        }
        dataSource.setJdbcUrl(url.url());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        dsl = DSL.using(dataSource, url.kind().dialect(),
                new Settings().withRenderGroupConcatMaxLenSessionVariable(false));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    public Kind kind() {
        return kind;
    }

    /** Names the database in parameterized test names. */
    @Override
    public String toString() {
        return kind.name();
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
