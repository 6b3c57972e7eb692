package io.floorcheck.security;

import java.util.function.Supplier;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Base of the start-up runners that seed demo data through the features' own services, acting
 * as the demo people themselves so every rule and audit entry applies as in real use. All or
 * nothing: a half-seeded demo would stop the next start on a duplicate.
 */
public abstract class DemoSeeder implements ApplicationRunner {

    private final UserDetailsService accounts;
    private final TransactionTemplate transaction;

    protected DemoSeeder(UserDetailsService accounts, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> seed());
    }

    /** Creates the demo data unless it exists already. */
    protected abstract void seed();

    protected <T> T as(String email, Supplier<T> work) {
        return RunAs.as(accounts.loadUserByUsername(email), work);
    }

    /** As {@link #as}, at a given moment: what the demo person does is dated then. */
    protected <T> T as(String email, java.time.Instant at, Supplier<T> work) {
        return SeedingClock.at(at, () -> as(email, work));
    }
}
