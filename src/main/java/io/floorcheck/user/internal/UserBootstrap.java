package io.floorcheck.user.internal;

import java.time.Clock;

import io.floorcheck.audit.AuditEntry;
import io.floorcheck.audit.AuditService;
import io.floorcheck.security.Roles;
import io.floorcheck.user.Passwords;
import io.floorcheck.user.UserAccount;
import io.floorcheck.user.UserDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/**
 * Makes sure a new installation can be entered: demo accounts in demo mode, and an
 * administrator whenever none exists. There is no default password: the administrator's
 * password comes from {@code FLOORCHECK_ADMIN_PASSWORD} or is generated and logged once.
 */
@Component
// First among the start-up runners: the demo data of other features is created by these users.
@Order(Ordered.HIGHEST_PRECEDENCE)
class UserBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);
    static final String DEFAULT_ADMIN_EMAIL = "admin@floorcheck.local";

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Clock clock;
    private final ObjectProvider<DemoUsers> demo;
    private final String adminEmail;
    private final String adminPassword;

    UserBootstrap(UserRepository users, PasswordEncoder passwordEncoder, AuditService audit, Clock clock,
            ObjectProvider<DemoUsers> demo,
            @Value("${floorcheck.admin.email:}") String adminEmail,
            @Value("${floorcheck.admin.password:}") String adminPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.demo = demo;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo.getIfAvailable() != null) {
            seedDemoUsers();
        } else {
            disableLeftoverDemoAccounts();
        }
        if (!users.existsEnabledWithRole(Roles.ADMIN)) {
            createFirstAdmin();
        }
    }

    private void seedDemoUsers() {
        String hash = passwordEncoder.encode(DemoUsers.PASSWORD);
        int created = 0;
        for (UserDraft user : DemoUsers.ALL) {
            if (users.findByEmail(user.email()).isEmpty()) {
                users.insert(user, hash, clock.instant());
                created++;
            }
        }
        if (created > 0) {
            log.info("Demo mode: created {} demo users (password '{}', shown on the login page)", created,
                    DemoUsers.PASSWORD);
        }
    }

    /**
     * Outside demo mode a demo account that still has the published demo password is a door
     * anyone can open (for example a database that once ran in demo mode): disable it.
     */
    private void disableLeftoverDemoAccounts() {
        for (UserDraft demoUser : DemoUsers.ALL) {
            users.findByEmail(demoUser.email())
                    .filter(UserAccount::enabled)
                    .filter(user -> users.passwordHash(user.email())
                            .filter(hash -> passwordEncoder.matches(DemoUsers.PASSWORD, hash)).isPresent())
                    .ifPresent(user -> {
                        users.setEnabled(user.id(), user.version(), false, clock.instant());
                        audit.recordAs(AuditService.SYSTEM_ACTOR, AuditEntry.of("USER_DISABLED", "app_user", user.id())
                                .withReason("demo account with the published demo password outside demo mode"));
                        log.warn("Disabled demo account {}: it still has the published demo password and demo mode is off",
                                user.email());
                    });
        }
    }

    private void createFirstAdmin() {
        String email = adminEmail.isBlank() ? DEFAULT_ADMIN_EMAIL : adminEmail.trim();
        if (!adminPassword.isEmpty() && !Passwords.acceptable(adminPassword)) {
            throw new IllegalStateException("FLOORCHECK_ADMIN_PASSWORD must have at least " + Passwords.MIN_LENGTH
                    + " characters");
        }
        if (users.findByEmail(email).isPresent()) {
            // The named account exists but is not an enabled administrator: do not silently
            // promote or re-enable it; the operator has to decide.
            throw new IllegalStateException("No enabled administrator exists and " + email
                    + " is taken by a non-administrator or disabled account. Set FLOORCHECK_ADMIN_EMAIL to a new address.");
        }
        boolean generated = adminPassword.isEmpty();
        String password = generated ? Passwords.generate() : adminPassword;
        // A generated password has been in a log file: it must be replaced at first sign-in.
        long id = users.insert(new UserDraft(email, "Administrator", null, Set.of(Roles.ADMIN)),
                passwordEncoder.encode(password), generated, clock.instant());
        audit.recordAs(AuditService.SYSTEM_ACTOR, AuditEntry.of("USER_CREATED", "app_user", id)
                .withReason("first start: no administrator existed"));
        if (generated) {
            log.warn("""

                    ================================================================
                    No administrator existed, so one was created.
                    Sign in at /login as {} with this one-time password:
                        {}
                    It is shown only here and must be replaced at first sign-in.
                    ================================================================""", email, password);
        } else {
            log.info("Created the first administrator {} from FLOORCHECK_ADMIN_EMAIL/FLOORCHECK_ADMIN_PASSWORD", email);
        }
    }
}
