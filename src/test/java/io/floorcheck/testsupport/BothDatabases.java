package io.floorcheck.testsupport;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base class for data-access tests that must hold on MariaDB and on the embedded H2 alike:
 * each test class gets a fresh migrated database of each kind (the extensions run per class),
 * and each test takes one as a parameter:
 *
 * <pre>
 * &#64;ParameterizedTest(name = "{0}")
 * &#64;MethodSource("databases")
 * void somethingHolds(TestDatabase database) { ... }
 * </pre>
 */
public abstract class BothDatabases {

    @RegisterExtension
    static final TestDatabase MARIADB = TestDatabase.mariaDb();
    @RegisterExtension
    static final TestDatabase H2 = TestDatabase.h2();

    protected static List<TestDatabase> databases() {
        return List.of(MARIADB, H2);
    }
}
