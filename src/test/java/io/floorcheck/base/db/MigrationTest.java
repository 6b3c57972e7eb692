package io.floorcheck.base.db;

import static io.floorcheck.db.Tables.APP_USER;
import static io.floorcheck.db.Tables.APP_USER_ROLE;
import static io.floorcheck.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import io.floorcheck.testsupport.BothDatabases;
import io.floorcheck.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one migration set runs on MariaDB and on H2, and the generated jOOQ classes match what it creates. */
class MigrationTest extends BothDatabases {

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void migrationsCreateTheTablesTheGeneratedCodeNames(TestDatabase database) {
        var tables = database.dsl().meta().getTables().stream().map(t -> t.getName().toLowerCase()).toList();
        assertThat(tables).contains(APP_USER.getName(), APP_USER_ROLE.getName(), AUDIT_EVENT.getName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void checkConstraintRejectsAnUnknownRole(TestDatabase database) {
        var dsl = database.dsl();
        long id = dsl.insertInto(APP_USER).set(APP_USER.EMAIL, "check-" + database.kind() + "@example.com")
                .set(APP_USER.DISPLAY_NAME, "Check").set(APP_USER.PASSWORD_HASH, "{noop}x")
                .set(APP_USER.CREATED_AT, LocalDateTime.now()).set(APP_USER.UPDATED_AT, LocalDateTime.now())
                .returning(APP_USER.ID).fetchOne(APP_USER.ID);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dsl.insertInto(APP_USER_ROLE)
                .set(APP_USER_ROLE.USER_ID, id).set(APP_USER_ROLE.ROLE, "SUPERUSER").execute())
                .isInstanceOf(org.jooq.exception.DataAccessException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void freeTextColumnsRefuseTextsBeyondTheirLimitWhateverWritesThem(TestDatabase database) {
        var dsl = database.dsl();
        var insert = dsl.insertInto(AUDIT_EVENT).set(AUDIT_EVENT.OCCURRED_AT, LocalDateTime.now())
                .set(AUDIT_EVENT.ACTOR, "check").set(AUDIT_EVENT.ACTION, "CHECK");
        insert.set(AUDIT_EVENT.NEW_VALUE, "x".repeat(8000)).execute();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, LocalDateTime.now()).set(AUDIT_EVENT.ACTOR, "check")
                .set(AUDIT_EVENT.ACTION, "CHECK").set(AUDIT_EVENT.NEW_VALUE, "x".repeat(8001)).execute())
                .isInstanceOf(org.jooq.exception.DataAccessException.class);
    }
}
