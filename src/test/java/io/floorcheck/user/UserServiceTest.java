package io.floorcheck.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import io.floorcheck.audit.AuditService;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.security.Roles;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.user.internal.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorcheckSpringTest
@WithUserDetails(value = TestAccounts.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class UserServiceTest {

    @Autowired UserService users;
    @Autowired UserRepository repository;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired AuditService audit;
    @Autowired TestAccounts accounts;

    @BeforeEach
    void team() {
        accounts.ensureTeam();
        accounts.ensure("guesser@example.com", "Guesser", Roles.VIEWER);
        accounts.ensure("keeps.session@example.com", "Keeps Session", Roles.VIEWER);
    }

    @Test
    void aNewUserGetsAGeneratedPasswordThatWorksAndIsStoredOnlyAsAHash() {
        CreatedUser created = users.create(new UserDraft(" Ana.Silva@Example.com ", "Ana Silva", "WFM lead",
                Set.of(Roles.EVALUATOR)));

        assertThat(created.user().email()).isEqualTo("ana.silva@example.com");
        assertThat(created.initialPassword()).hasSizeGreaterThanOrEqualTo(Passwords.MIN_LENGTH);
        String hash = repository.passwordHash("ana.silva@example.com").orElseThrow();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(created.initialPassword());
        assertThat(passwordEncoder.matches(created.initialPassword(), hash)).isTrue();
        assertThat(repository.credentials("ana.silva@example.com").orElseThrow().changeRequired())
                .as("the administrator has seen the first password").isTrue();
        assertThat(audit.forEntity("app_user", String.valueOf(created.user().id())))
                .extracting(e -> e.action() + " by " + e.actor()).containsExactly("USER_CREATED by " + TestAccounts.ADMIN);
    }

    @Test
    void aSecondUserWithTheSameEmailIsRefusedWhateverItsCase() {
        users.create(new UserDraft("twin@example.com", "Twin", null, Set.of(Roles.VIEWER)));

        assertThatThrownBy(() -> users.create(new UserDraft("TWIN@example.com", "Twin 2", null, Set.of(Roles.VIEWER))))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("users.error.duplicateEmail");
    }

    @Test
    void invalidDraftsAreRefusedWithTheRuleThatFailed() {
        assertThatThrownBy(() -> users.create(new UserDraft("not-an-email", "X", null, Set.of(Roles.VIEWER))))
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("validation.email");
        assertThatThrownBy(() -> users.create(new UserDraft("x@example.com", " ", null, Set.of(Roles.VIEWER))))
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("users.error.name");
        assertThatThrownBy(() -> users.create(new UserDraft("x@example.com", "X", null, Set.of())))
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("validation.roles");
        assertThatThrownBy(() -> users.create(new UserDraft("x@example.com", "X", null, Set.of("ROOT"))))
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("validation.roles");
    }

    @Test
    void editingRolesIsAuditedWithOldAndNewValues() {
        UserAccount user = users.create(new UserDraft("promote@example.com", "Promote", null,
                Set.of(Roles.VIEWER))).user();

        UserAccount edited = users.update(user.id(), user.version(), new UserDraft("promote@example.com", "Promote",
                "Now evaluating", Set.of(Roles.EVALUATOR, Roles.VIEWER)));

        assertThat(edited.roles()).containsExactlyInAnyOrder(Roles.EVALUATOR, Roles.VIEWER);
        var updated = audit.forEntity("app_user", String.valueOf(user.id())).getLast();
        assertThat(updated.action()).isEqualTo("USER_UPDATED");
        assertThat(updated.oldValue()).contains("roles=[VIEWER]");
        assertThat(updated.newValue()).contains("roles=[EVALUATOR, VIEWER]");
    }

    @Test
    void aStaleEditIsRejectedInsteadOfOverwritingSomeoneElsesChange() {
        UserAccount user = users.create(new UserDraft("race@example.com", "Race", null, Set.of(Roles.VIEWER))).user();
        users.update(user.id(), user.version(), new UserDraft("race@example.com", "First", null, Set.of(Roles.VIEWER)));

        assertThatThrownBy(() -> users.update(user.id(), user.version(),
                new UserDraft("race@example.com", "Second", null, Set.of(Roles.VIEWER))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(users.get(user.id()).displayName()).isEqualTo("First");
    }

    @Test
    void administratorsCannotLockThemselvesOut() {
        UserAccount self = users.search(TestAccounts.ADMIN).getFirst();

        assertThatThrownBy(() -> users.setEnabled(self.id(), self.version(), false))
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("users.error.disableSelf");
        assertThatThrownBy(() -> users.update(self.id(), self.version(), new UserDraft(self.email(),
                self.displayName(), null, Set.of(Roles.VIEWER))))
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("users.error.ownAdminRole");
    }

    @Test
    void disablingAndResettingAreAuditedAndTheOldPasswordStopsWorking() {
        CreatedUser created = users.create(new UserDraft("reset@example.com", "Reset", null, Set.of(Roles.EVALUATOR)));
        long id = created.user().id();

        String fresh = users.resetPassword(id);
        String hash = repository.passwordHash("reset@example.com").orElseThrow();
        assertThat(passwordEncoder.matches(fresh, hash)).isTrue();
        assertThat(passwordEncoder.matches(created.initialPassword(), hash)).isFalse();
        assertThat(repository.credentials("reset@example.com").orElseThrow().changeRequired()).isTrue();

        UserAccount disabled = users.setEnabled(id, users.get(id).version(), false);
        assertThat(disabled.enabled()).isFalse();
        assertThat(audit.forEntity("app_user", String.valueOf(id))).extracting(e -> e.action())
                .containsExactly("USER_CREATED", "PASSWORD_RESET", "USER_DISABLED");
    }

    @Test
    @WithUserDetails(value = "guesser@example.com", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void tenWrongCurrentPasswordsStopFurtherGuessesAndEveryGuessIsAudited() {
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> users.changeOwnPassword("guess", "a long enough new password"))
                    .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("account.error.current");
        }

        assertThatThrownBy(() -> users.changeOwnPassword(TestAccounts.PASSWORD, "a long enough new password"))
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("account.error.throttled");
        assertThat(audit.countSince("guesser@example.com", "PASSWORD_CHECK_FAILED",
                java.time.Instant.now().minusSeconds(60))).isEqualTo(10);
    }

    @Test
    @WithUserDetails(value = "keeps.session@example.com", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void changingOwnPasswordKeepsThisSessionButNotOlderOnes() {
        int before = repository.credentials("keeps.session@example.com").orElseThrow().version();
        var session = io.floorcheck.security.CurrentUser.account().orElseThrow();
        assertThat(session.credentialsVersion()).isEqualTo(before);

        users.changeOwnPassword(TestAccounts.PASSWORD, "another long passphrase");

        int after = repository.credentials("keeps.session@example.com").orElseThrow().version();
        assertThat(after).isGreaterThan(before);
        assertThat(session.credentialsVersion()).isEqualTo(after);
        assertThat(session.passwordChangeRequired()).isFalse();
        assertThat(repository.credentials("keeps.session@example.com").orElseThrow().changeRequired()).isFalse();
    }

    @Test
    @WithUserDetails(value = TestAccounts.EVALUATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theNewPasswordMustDifferFromTheCurrentOne() {
        assertThatThrownBy(() -> users.changeOwnPassword(TestAccounts.PASSWORD, TestAccounts.PASSWORD))
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("account.error.same");
    }

    @Test
    @WithUserDetails(value = TestAccounts.VIEWER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void usersChangeTheirOwnPasswordOnlyWithTheCurrentOneAndAStrongNewOne() {
        assertThatThrownBy(() -> users.changeOwnPassword("wrong", "a long enough new password"))
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("account.error.current");
        assertThatThrownBy(() -> users.changeOwnPassword(TestAccounts.PASSWORD, "short"))
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("account.error.weak");

        users.changeOwnPassword(TestAccounts.PASSWORD, "a long enough new password");
        try {
            assertThat(passwordEncoder.matches("a long enough new password",
                    repository.passwordHash(TestAccounts.VIEWER).orElseThrow())).isTrue();
        } finally {
            users.changeOwnPassword("a long enough new password", TestAccounts.PASSWORD);
        }
    }
}
