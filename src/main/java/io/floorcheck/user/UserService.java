package io.floorcheck.user;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.floorcheck.audit.AuditEntry;
import io.floorcheck.audit.AuditService;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.security.CurrentUser;
import io.floorcheck.security.Roles;
import io.floorcheck.security.TrustedDevices;
import io.floorcheck.user.internal.UserRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Administration of users (administrators only) and a user's own password. Every change is
 * audited in the same transaction.
 */
@Service
public class UserService {

    static final String ENTITY = "app_user";
    static final String PASSWORD_CHECK_FAILED = "PASSWORD_CHECK_FAILED";
    static final int MAX_PASSWORD_CHECK_FAILURES = 10;
    static final Duration PASSWORD_CHECK_WINDOW = Duration.ofMinutes(15);
    /** Deliberately simple: one @, something before, a dot after. The real check is that mail arrives. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Clock clock;
    private final TrustedDevices devices;

    UserService(UserRepository users, PasswordEncoder passwordEncoder, AuditService audit, Clock clock,
            TrustedDevices devices) {
        this.devices = devices;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<UserAccount> search(String filter) {
        return users.search(filter);
    }

    /** Everyone who can sign in, for picking a team: procurement and administrators. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.PROCUREMENT + "')")
    public List<Person> directory() {
        return users.search(null).stream().filter(UserAccount::enabled).map(UserService::person).toList();
    }

    /** Names and titles of the given colleagues, for showing a team to its members. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Person> people(java.util.Collection<Long> ids) {
        return users.findByIds(ids).stream().map(UserService::person).toList();
    }

    /**
     * Display names by login, for showing who did what in a record (the trail keeps logins);
     * logins of no account (a mistyped sign-in, "system") are absent.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public java.util.Map<String, String> namesByLogin(java.util.Collection<String> logins) {
        return users.findByEmails(logins).stream()
                .collect(java.util.stream.Collectors.toMap(UserAccount::email, UserAccount::displayName));
    }

    private static Person person(UserAccount user) {
        return new Person(user.id(), user.displayName(), user.title(), user.roles(), user.enabled());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public UserAccount get(long id) {
        return users.findById(id).orElseThrow(() -> new RuleViolation("users.error.notFound"));
    }

    /**
     * Creates an enabled user with a generated first password, returned once; the user must
     * replace it at first sign-in, since the administrator has seen it.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public CreatedUser create(UserDraft draft) {
        validate(draft);
        String password = Passwords.generate();
        long id = insertUnique(draft, passwordEncoder.encode(password));
        UserAccount created = users.findById(id).orElseThrow();
        audit.record(AuditEntry.of("USER_CREATED", ENTITY, id).withValues(null, describe(created)));
        return new CreatedUser(created, password);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public UserAccount update(long id, int expectedVersion, UserDraft draft) {
        validate(draft);
        UserAccount before = get(id);
        if (isSelf(before) && before.isAdmin() && !draft.roles().contains(Roles.ADMIN)) {
            throw new RuleViolation("users.error.ownAdminRole");
        }
        if (before.isAdmin() && before.enabled() && !draft.roles().contains(Roles.ADMIN)) {
            requireAnotherAdmin(id);
        }
        try {
            users.update(id, expectedVersion, draft, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("users.error.duplicateEmail", draft.email().trim());
        }
        UserAccount after = get(id);
        audit.record(AuditEntry.of("USER_UPDATED", ENTITY, id).withValues(describe(before), describe(after)));
        return after;
    }

    /** A disabled user cannot sign in, and an open session ends within a minute. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public UserAccount setEnabled(long id, int expectedVersion, boolean enabled) {
        UserAccount before = get(id);
        if (!enabled && isSelf(before)) {
            throw new RuleViolation("users.error.disableSelf");
        }
        if (!enabled && before.isAdmin()) {
            requireAnotherAdmin(id);
        }
        users.setEnabled(id, expectedVersion, enabled, clock.instant());
        if (!enabled) {
            devices.forget(before.email());
        }
        audit.record(AuditEntry.of(enabled ? "USER_ENABLED" : "USER_DISABLED", ENTITY, id));
        return get(id);
    }

    /** Replaces a user's password with a generated one, returned once and to be replaced at next sign-in. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public String resetPassword(long id) {
        UserAccount user = get(id);
        String password = Passwords.generate();
        users.setPasswordHash(id, passwordEncoder.encode(password), true, clock.instant());
        // A reset follows a lost or leaked password: browsers signed in with the old one lose their trust.
        devices.forget(user.email());
        audit.record(AuditEntry.of("PASSWORD_RESET", ENTITY, id));
        return password;
    }

    /**
     * Changes the signed-in user's password. A wrong current password is audited and counts
     * towards a throttle, so an unattended signed-in tablet cannot be used to guess it; the
     * audit entry is kept although the change is refused (no rollback for rule violations).
     * Other sessions of this user end within a minute; this one stays signed in.
     */
    @Transactional(noRollbackFor = RuleViolation.class)
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        String email = CurrentUser.username().orElseThrow();
        UserAccount self = users.findByEmail(email).orElseThrow(() -> new RuleViolation("users.error.notFound"));
        if (audit.countSince(self.email(), PASSWORD_CHECK_FAILED, clock.instant().minus(PASSWORD_CHECK_WINDOW))
                >= MAX_PASSWORD_CHECK_FAILURES) {
            throw new RuleViolation("account.error.throttled");
        }
        String hash = users.passwordHash(email).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            audit.record(AuditEntry.of(PASSWORD_CHECK_FAILED, ENTITY, self.id()));
            throw new RuleViolation("account.error.current");
        }
        if (!Passwords.acceptable(newPassword)) {
            throw new RuleViolation("account.error.weak", Passwords.MIN_LENGTH);
        }
        if (passwordEncoder.matches(newPassword, hash)) {
            // Keeping a generated password would keep one that someone else has seen.
            throw new RuleViolation("account.error.same");
        }
        int credentialsVersion = users.setPasswordHash(self.id(), passwordEncoder.encode(newPassword), false,
                clock.instant());
        audit.record(AuditEntry.of("PASSWORD_CHANGED", ENTITY, self.id()));
        devices.forget(self.email());
        // Only once committed: before that, the database still has the old version and flag.
        var session = CurrentUser.account();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                session.ifPresent(account -> account.passwordChanged(credentialsVersion));
            }
        });
    }

    private long insertUnique(UserDraft draft, String passwordHash) {
        if (users.findByEmail(draft.email()).isPresent()) {
            throw new RuleViolation("users.error.duplicateEmail", draft.email().trim());
        }
        try {
            return users.insert(draft, passwordHash, true, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("users.error.duplicateEmail", draft.email().trim());
        }
    }

    private void requireAnotherAdmin(long id) {
        if (users.lockEnabledWithRole(Roles.ADMIN).stream().noneMatch(admin -> admin != id)) {
            throw new RuleViolation("users.error.lastAdmin");
        }
    }

    private static boolean isSelf(UserAccount user) {
        return CurrentUser.username().map(UserRepository::normalizeEmail).filter(user.email()::equals).isPresent();
    }

    static void validate(UserDraft draft) {
        String email = draft.email() == null ? "" : draft.email().trim();
        if (!EMAIL.matcher(email).matches() || email.length() > UserDraft.EMAIL_MAX_LENGTH) {
            throw new RuleViolation("validation.email");
        }
        if (draft.displayName() == null || draft.displayName().isBlank()
                || draft.displayName().trim().length() > UserDraft.NAME_MAX_LENGTH) {
            throw new RuleViolation("users.error.name", UserDraft.NAME_MAX_LENGTH);
        }
        if (draft.title() != null && draft.title().trim().length() > UserDraft.TITLE_MAX_LENGTH) {
            throw new RuleViolation("users.error.title", UserDraft.TITLE_MAX_LENGTH);
        }
        if (draft.roles().isEmpty() || !Roles.ALL.containsAll(draft.roles())) {
            throw new RuleViolation("validation.roles");
        }
    }

    private static String describe(UserAccount user) {
        return "email=" + user.email() + "; name=" + user.displayName() + "; title=" + user.title()
                + "; roles=" + new TreeSet<>(user.roles()) + "; enabled=" + user.enabled();
    }
}
