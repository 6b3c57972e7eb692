package io.floorcheck.user.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import io.floorcheck.security.Roles;
import io.floorcheck.testsupport.TestDatabase;
import io.floorcheck.user.UserAccount;
import io.floorcheck.user.UserDraft;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

/** Users round-trip through the real SQL on both databases, including names outside Latin-1. */
abstract class UserRepositoryTest {

    abstract TestDatabase database();

    private UserRepository repository() {
        return new UserRepository(database().dsl());
    }

    @Test
    void aUserWithUnicodeNamesAndSeveralRolesComesBackExactly() {
        UserRepository users = repository();
        String email = "Nguyen.Lodz@Example.COM";
        long id = users.insert(new UserDraft(email, "Nguyễn Łódź 日本", "Dyrektor — ☎ 品質", Set.of(Roles.EVALUATOR,
                Roles.VIEWER)), "{bcrypt}hash", Instant.now());

        UserAccount read = users.findById(id).orElseThrow();
        assertThat(read.email()).isEqualTo("nguyen.lodz@example.com");
        assertThat(read.displayName()).isEqualTo("Nguyễn Łódź 日本");
        assertThat(read.title()).isEqualTo("Dyrektor — ☎ 品質");
        assertThat(read.roles()).containsExactlyInAnyOrder(Roles.EVALUATOR, Roles.VIEWER);
        assertThat(read.enabled()).isTrue();
        assertThat(users.findByEmail("NGUYEN.lodz@example.com")).contains(read);
        assertThat(users.passwordHash(email)).contains("{bcrypt}hash");
    }

    @Test
    void searchFindsByNameEmailOrTitleCaseInsensitivelyAndTreatsWildcardsLiterally() {
        UserRepository users = repository();
        users.insert(new UserDraft("search-1@example.com", "Łucja Kowalska", "Head of QA", Set.of(Roles.ADMIN)),
                "{noop}x", Instant.now());
        users.insert(new UserDraft("search-2@example.com", "Ravi 100% Shah", null, Set.of(Roles.VIEWER)),
                "{noop}x", Instant.now());

        assertThat(users.search("łucja")).extracting(UserAccount::email).containsExactly("search-1@example.com");
        assertThat(users.search("HEAD OF qa")).extracting(UserAccount::email).containsExactly("search-1@example.com");
        assertThat(users.search("100%")).extracting(UserAccount::email).containsExactly("search-2@example.com");
        assertThat(users.search("search-_")).isEmpty();
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsRejectedAndChangesNothing() {
        UserRepository users = repository();
        long id = users.insert(new UserDraft("stale@example.com", "Stale", null, Set.of(Roles.EVALUATOR)), "{noop}x",
                Instant.now());
        UserAccount original = users.findById(id).orElseThrow();
        users.update(id, original.version(), new UserDraft("stale@example.com", "First edit", null,
                Set.of(Roles.PROCUREMENT)), Instant.now());

        assertThatThrownBy(() -> users.update(id, original.version(), new UserDraft("stale@example.com",
                "Second edit", null, Set.of(Roles.ADMIN)), Instant.now()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        UserAccount now = users.findById(id).orElseThrow();
        assertThat(now.displayName()).isEqualTo("First edit");
        assertThat(now.roles()).containsExactly(Roles.PROCUREMENT);
    }

    @Test
    void disablingAndTheEnabledAdminCountFollowEachOther() {
        UserRepository users = repository();
        long id = users.insert(new UserDraft("admin-count@example.com", "Admin", null, Set.of(Roles.ADMIN)),
                "{noop}x", Instant.now());
        int before = users.countEnabledWithRoleExcept(Roles.ADMIN, -1);
        users.setEnabled(id, users.findById(id).orElseThrow().version(), false, Instant.now());

        assertThat(users.countEnabledWithRoleExcept(Roles.ADMIN, -1)).isEqualTo(before - 1);
        assertThat(users.findById(id).orElseThrow().enabled()).isFalse();
    }
}
