package io.floorcheck.audit.internal;

import io.floorcheck.testsupport.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class MariaDbAuditRepositoryTest extends AuditRepositoryTest {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.mariaDb();

    @Override
    TestDatabase database() {
        return DATABASE;
    }
}
