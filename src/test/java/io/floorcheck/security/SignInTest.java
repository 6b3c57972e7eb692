package io.floorcheck.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.floorcheck.audit.AuditActions;
import io.floorcheck.audit.AuditService;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.user.internal.UserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Sign-in through the real authentication manager and account store on MariaDB. */
@FloorcheckSpringTest
class SignInTest {

    @Autowired AuthenticationManager authenticationManager;
    @Autowired TestAccounts accounts;
    @Autowired UserRepository users;
    @Autowired AuditService audit;

    private Authentication signIn(String login, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, password));
    }

    @Test
    void theRightPasswordSignsInAndTheSessionPrincipalCarriesNoHash() {
        accounts.ensure("right@example.com", "Right Person", Roles.EVALUATOR);

        Authentication authentication = signIn("Right@Example.com", TestAccounts.PASSWORD);

        Account account = (Account) authentication.getPrincipal();
        assertThat(account.displayName()).isEqualTo("Right Person");
        assertThat(account.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EVALUATOR");
        assertThat(account.getPassword()).isNull();
        assertThat(audit.countSince("right@example.com", AuditActions.LOGIN_SUCCEEDED,
                Instant.now().minus(1, ChronoUnit.MINUTES))).isEqualTo(1);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserFailIdentically() {
        accounts.ensure("known@example.com", "Known", Roles.VIEWER);

        Throwable wrongPassword = catchThrowable(() -> signIn("known@example.com", "not the password"));
        Throwable unknownUser = catchThrowable(() -> signIn("nobody-here@example.com", "not the password"));

        assertThat(wrongPassword).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(unknownUser).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(unknownUser.getMessage()).isEqualTo(wrongPassword.getMessage());
        assertThat(audit.countSince("known@example.com", AuditActions.LOGIN_FAILED,
                Instant.now().minus(1, ChronoUnit.MINUTES))).isEqualTo(1);
    }

    @Test
    void aDisabledUserCannotSignInEvenWithTheRightPassword() {
        long id = accounts.ensure("disabled@example.com", "Disabled", Roles.EVALUATOR);
        users.setEnabled(id, users.findById(id).orElseThrow().version(), false, Instant.now());

        assertThatThrownBy(() -> signIn("disabled@example.com", TestAccounts.PASSWORD))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void tenFailuresInFifteenMinutesThrottleTheLoginEvenForTheRightPassword() {
        accounts.ensure("throttled@example.com", "Throttled", Roles.EVALUATOR);
        accounts.ensure("neighbour@example.com", "Neighbour", Roles.EVALUATOR);
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> signIn("throttled@example.com", "guess")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn("throttled@example.com", TestAccounts.PASSWORD))
                .isInstanceOf(ThrottledLoginException.class);
        assertThat(signIn("neighbour@example.com", TestAccounts.PASSWORD).isAuthenticated()).isTrue();
        assertThat(audit.countSince("throttled@example.com", AuditActions.LOGIN_THROTTLED,
                Instant.now().minus(1, ChronoUnit.MINUTES))).isEqualTo(1);
    }

    @Test
    void nineFailuresDoNotThrottle() {
        accounts.ensure("nine@example.com", "Nine", Roles.EVALUATOR);
        for (int i = 0; i < 9; i++) {
            assertThatThrownBy(() -> signIn("nine@example.com", "guess")).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(signIn("nine@example.com", TestAccounts.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void unknownLoginNamesAreThrottledTooSoThrottlingRevealsNoAccounts() {
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> signIn("ghost@example.com", "guess")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn("ghost@example.com", "guess")).isInstanceOf(ThrottledLoginException.class);
    }
}
