package io.floorcheck.testsupport;

import java.time.Instant;
import java.util.Set;

import java.util.function.Supplier;

import io.floorcheck.security.RunAs;
import io.floorcheck.user.UserDraft;
import io.floorcheck.user.internal.UserRepository;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates real accounts in the test database (once per name), so tests sign in through the
 * application's own account store rather than a mock principal.
 */
@Component
public class TestAccounts {

    public static final String PASSWORD = "correct horse battery";
    public static final String ADMIN = "test.admin@example.com";
    public static final String PROCUREMENT = "test.procurement@example.com";
    public static final String EVALUATOR = "test.evaluator@example.com";
    public static final String VIEWER = "test.viewer@example.com";

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final UserDetailsService accounts;

    TestAccounts(UserRepository users, PasswordEncoder passwordEncoder, UserDetailsService accounts) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.accounts = accounts;
    }

    /**
     * Runs work signed in as the given account (its real principal, roles from the database),
     * then restores whoever was signed in: for tests where several people act in turn.
     */
    public <T> T as(String email, Supplier<T> work) {
        return RunAs.as(accounts.loadUserByUsername(email), work);
    }

    public void as(String email, Runnable work) {
        as(email, () -> {
            work.run();
            return null;
        });
    }

    /** The standard test team: one account per role, named after the role. */
    public void ensureTeam() {
        ensure(ADMIN, "Test Admin", "ADMIN");
        ensure(PROCUREMENT, "Test Procurement", "PROCUREMENT");
        ensure(EVALUATOR, "Test Evaluator", "EVALUATOR");
        ensure(VIEWER, "Test Viewer", "VIEWER");
    }

    public long ensure(String email, String name, String... roles) {
        return users.findByEmail(email).map(u -> u.id()).orElseGet(() -> users.insert(
                new UserDraft(email, name, null, Set.of(roles)), passwordEncoder.encode(PASSWORD), Instant.now()));
    }
}
