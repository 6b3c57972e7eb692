package io.floorcheck.audit.internal;

import io.floorcheck.testsupport.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2AuditRepositoryTest extends AuditRepositoryTest {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    TestDatabase database() {
        return DATABASE;
    }
}
