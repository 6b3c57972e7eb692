package io.floorcheck.user.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.floorcheck.security.Roles;
import io.floorcheck.testsupport.BothDatabases;
import io.floorcheck.testsupport.TestDatabase;
import io.floorcheck.user.UserAccount;
import io.floorcheck.user.UserDraft;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.OptimisticLockingFailureException;

/** Users round-trip through the real SQL on both databases, including names outside Latin-1. */
class UserRepositoryTest extends BothDatabases {

    private static UserRepository repository(TestDatabase database) {
        return new UserRepository(database.dsl());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aUserWithUnicodeNamesAndSeveralRolesComesBackExactly(TestDatabase database) {
        UserRepository users = repository(database);
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void searchFindsByNameEmailOrTitleCaseInsensitivelyAndTreatsWildcardsLiterally(TestDatabase database) {
        UserRepository users = repository(database);
        users.insert(new UserDraft("search-1@example.com", "Łucja Kowalska", "Head of QA", Set.of(Roles.ADMIN)),
                "{noop}x", Instant.now());
        users.insert(new UserDraft("search-2@example.com", "Ravi 100% Shah", null, Set.of(Roles.VIEWER)),
                "{noop}x", Instant.now());

        assertThat(users.search("łucja")).extracting(UserAccount::email).containsExactly("search-1@example.com");
        assertThat(users.search("HEAD OF qa")).extracting(UserAccount::email).containsExactly("search-1@example.com");
        assertThat(users.search("100%")).extracting(UserAccount::email).containsExactly("search-2@example.com");
        assertThat(users.search("search-_")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anUpdateBasedOnAStaleVersionIsRejectedAndChangesNothing(TestDatabase database) {
        UserRepository users = repository(database);
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void addressesThatDifferOnlyInAccentsAreDifferentPeopleOnEveryDatabase(TestDatabase database) {
        UserRepository users = repository(database);
        long jose = users.insert(new UserDraft("jose@example.com", "Jose", null, Set.of(Roles.VIEWER)), "{noop}x",
                Instant.now());
        long josé = users.insert(new UserDraft("josé@example.com", "José", null, Set.of(Roles.VIEWER)), "{noop}x",
                Instant.now());

        assertThat(jose).isNotEqualTo(josé);
        assertThat(users.findByEmail("jose@example.com")).map(UserAccount::displayName).contains("Jose");
        assertThat(users.findByEmail("josé@example.com")).map(UserAccount::displayName).contains("José");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theCredentialsVersionMovesWithRolesPasswordAndEnabledButNotWithAName(TestDatabase database) {
        UserRepository users = repository(database);
        long id = users.insert(new UserDraft("versions@example.com", "Versions", null, Set.of(Roles.VIEWER)),
                "{noop}x", Instant.now());
        int initial = users.credentials("versions@example.com").orElseThrow().version();

        users.update(id, users.findById(id).orElseThrow().version(),
                new UserDraft("versions@example.com", "Renamed", null, Set.of(Roles.VIEWER)), Instant.now());
        assertThat(users.credentials("versions@example.com").orElseThrow().version()).isEqualTo(initial);

        users.update(id, users.findById(id).orElseThrow().version(),
                new UserDraft("versions@example.com", "Renamed", null, Set.of(Roles.ADMIN)), Instant.now());
        int afterRoles = users.credentials("versions@example.com").orElseThrow().version();
        assertThat(afterRoles).isGreaterThan(initial);

        int afterPassword = users.setPasswordHash(id, "{noop}y", false, Instant.now());
        assertThat(afterPassword).isGreaterThan(afterRoles);
        users.setEnabled(id, users.findById(id).orElseThrow().version(), false, Instant.now());
        assertThat(users.credentials("versions@example.com").orElseThrow().version()).isGreaterThan(afterPassword);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void lockingTheEnabledAdministratorsReturnsExactlyThem(TestDatabase database) {
        UserRepository users = repository(database);
        long admin = users.insert(new UserDraft("lock-admin@example.com", "Admin", null, Set.of(Roles.ADMIN)),
                "{noop}x", Instant.now());
        long disabledAdmin = users.insert(new UserDraft("lock-off@example.com", "Off", null, Set.of(Roles.ADMIN)),
                "{noop}x", Instant.now());
        users.setEnabled(disabledAdmin, 0, false, Instant.now());
        long viewer = users.insert(new UserDraft("lock-viewer@example.com", "Viewer", null, Set.of(Roles.VIEWER)),
                "{noop}x", Instant.now());

        var locked = database.dsl().transactionResult(configuration ->
                new UserRepository(org.jooq.impl.DSL.using(configuration)).lockEnabledWithRole(Roles.ADMIN));
        assertThat(locked).contains(admin).doesNotContain(disabledAdmin, viewer);
    }

    /**
     * Two administrators demoting each other at the same moment: the second one's lock waits
     * for the first transaction and then sees its result, so it cannot count a colleague who
     * has just been demoted.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLockedAdministratorListWaitsForAConcurrentDemotionAndSeesIt(TestDatabase database) throws Exception {
        UserRepository users = repository(database);
        long first = users.insert(new UserDraft("race-first@example.com", "First", null, Set.of(Roles.ADMIN)),
                "{noop}x", Instant.now());
        long second = users.insert(new UserDraft("race-second@example.com", "Second", null, Set.of(Roles.ADMIN)),
                "{noop}x", Instant.now());
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);

        Thread demotion = new Thread(() -> database.dsl().transaction(configuration -> {
            UserRepository inTransaction = new UserRepository(DSL.using(configuration));
            inTransaction.lockEnabledWithRole(Roles.ADMIN);
            firstHoldsTheLock.countDown();
            // Hold the lock while the other transaction tries to read the administrators.
            Thread.sleep(400);
            inTransaction.update(second, inTransaction.findById(second).orElseThrow().version(),
                    new UserDraft("race-second@example.com", "Second", null, Set.of(Roles.VIEWER)), Instant.now());
        }));
        demotion.start();
        assertThat(firstHoldsTheLock.await(10, TimeUnit.SECONDS)).isTrue();

        List<Long> seen = database.dsl().transactionResult(configuration ->
                new UserRepository(DSL.using(configuration)).lockEnabledWithRole(Roles.ADMIN));
        demotion.join();

        assertThat(seen).contains(first).doesNotContain(second);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void disablingAndTheEnabledAdminCountFollowEachOther(TestDatabase database) {
        UserRepository users = repository(database);
        long id = users.insert(new UserDraft("admin-count@example.com", "Admin", null, Set.of(Roles.ADMIN)),
                "{noop}x", Instant.now());
        int before = users.countEnabledWithRole(Roles.ADMIN);
        users.setEnabled(id, users.findById(id).orElseThrow().version(), false, Instant.now());

        assertThat(users.countEnabledWithRole(Roles.ADMIN)).isEqualTo(before - 1);
        assertThat(users.findById(id).orElseThrow().enabled()).isFalse();
    }
}
