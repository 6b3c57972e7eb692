package io.floorcheck.base.db;

import io.floorcheck.testsupport.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2MigrationTest extends MigrationTest {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    TestDatabase database() {
        return DATABASE;
    }
}
