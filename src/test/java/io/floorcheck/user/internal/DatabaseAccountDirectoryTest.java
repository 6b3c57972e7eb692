package io.floorcheck.user.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import io.floorcheck.security.Account;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.user.UserDraft;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Whether an open session may go on, decided from the real users table. */
@FloorcheckSpringTest
class DatabaseAccountDirectoryTest {

    @Autowired DatabaseAccountDirectory directory;
    @Autowired UserRepository users;
    @Autowired TestAccounts accounts;

    private Account signIn(String email) {
        return directory.findByLogin(email).orElseThrow();
    }

    @Test
    void aSessionStaysCurrentUntilRolesChangeAndNotWhenOnlyTheNameChanges() {
        long id = accounts.ensure("directory.roles@example.com", "Roles", "VIEWER");
        Account session = signIn("directory.roles@example.com");
        assertThat(directory.isCurrent(id, session.email(), session.credentialsVersion())).isTrue();

        users.update(id, users.findById(id).orElseThrow().version(),
                new UserDraft("directory.roles@example.com", "Renamed", null, Set.of("VIEWER")), Instant.now());
        assertThat(directory.isCurrent(id, session.email(), session.credentialsVersion())).isTrue();

        users.update(id, users.findById(id).orElseThrow().version(),
                new UserDraft("directory.roles@example.com", "Renamed", null, Set.of("ADMIN")), Instant.now());
        assertThat(directory.isCurrent(id, session.email(), session.credentialsVersion())).isFalse();
    }

    @Test
    void aDisabledAccountOrAPasswordResetEndsTheSession() {
        long disabled = accounts.ensure("directory.disabled@example.com", "Disabled", "VIEWER");
        Account disabledSession = signIn("directory.disabled@example.com");
        users.setEnabled(disabled, users.findById(disabled).orElseThrow().version(), false, Instant.now());
        assertThat(directory.isCurrent(disabled, disabledSession.email(), disabledSession.credentialsVersion()))
                .isFalse();

        long reset = accounts.ensure("directory.reset@example.com", "Reset", "VIEWER");
        Account resetSession = signIn("directory.reset@example.com");
        users.setPasswordHash(reset, "{noop}new", true, Instant.now());
        assertThat(directory.isCurrent(reset, resetSession.email(), resetSession.credentialsVersion())).isFalse();
    }

    @Test
    void aSessionDoesNotFollowItsAddressToAnotherAccount() {
        long original = accounts.ensure("directory.moved@example.com", "Original", "VIEWER");
        Account session = signIn("directory.moved@example.com");
        users.update(original, users.findById(original).orElseThrow().version(),
                new UserDraft("directory.elsewhere@example.com", "Original", null, Set.of("VIEWER")), Instant.now());
        long newcomer = accounts.ensure("directory.moved@example.com", "Newcomer", "VIEWER");

        assertThat(newcomer).isNotEqualTo(original);
        assertThat(directory.isCurrent(original, session.email(), session.credentialsVersion())).isFalse();
    }
}
