package io.floorcheck.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points the static {@link SecurityContextHolder} at the strategy of the application the test
 * runs against. Each Spring context installs its own (Vaadin's, with a thread-local per
 * instance) when it starts; with several cached contexts in one JVM the static holder keeps the
 * last one started, so a request served by an earlier context finds its user in the filter
 * chain's strategy but nobody in {@code CurrentUser} ("Not signed in"). One app per JVM in
 * production never meets this; a test run that interleaves contexts does.
 */
public class SecurityContextOfTheTestedApp implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    /** Before Spring Security's own listeners set up a test's user in the holder. */
    @Override
    public int getOrder() {
        return 1000;
    }
}
