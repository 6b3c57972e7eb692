package io.floorcheck.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.floorcheck.audit.AuditActions;
import io.floorcheck.audit.AuditService;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.user.internal.LoginAuditor;
import io.floorcheck.user.internal.UserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Sign-in through the real authentication manager and account store on MariaDB. */
@FloorcheckSpringTest
class SignInTest {

    @Autowired AuthenticationManager authenticationManager;
    @Autowired TestAccounts accounts;
    @Autowired UserRepository users;
    @Autowired AuditService audit;

    private Authentication signIn(String login, String password) {
        return signIn(login, password, "10.0.0." + (Math.abs(login.hashCode()) % 250 + 1));
    }

    /** As the login form does it: the token carries the client's address. */
    private Authentication signIn(String login, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(login, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return authenticationManager.authenticate(token);
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
    void failuresFromOneAddressSlowThatNameDownThereButNeverLockItsOwnerOut() {
        accounts.ensure("targeted@example.com", "Targeted", Roles.EVALUATOR);
        String attacker = "203.0.113.9";
        for (int i = 0; i < SignInThrottle.FREE_FAILURES + 1; i++) {
            assertThatThrownBy(() -> signIn("targeted@example.com", "guess", attacker))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }

        // Slowed down from the attacker's address, even with the right password...
        assertThatThrownBy(() -> signIn("targeted@example.com", TestAccounts.PASSWORD, attacker))
                .isInstanceOfSatisfying(ThrottledLoginException.class,
                        e -> assertThat(e.waitTime()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2)));
        // ...while the owner at their own desk signs in at once.
        assertThat(signIn("targeted@example.com", TestAccounts.PASSWORD, "10.1.2.3").isAuthenticated()).isTrue();
        assertThat(audit.countSince("targeted@example.com", AuditActions.LOGIN_THROTTLED,
                Instant.now().minus(1, ChronoUnit.MINUTES))).isEqualTo(1);
    }

    @Test
    void fourFailuresCostNothingAndASuccessForgetsThem() {
        accounts.ensure("typo@example.com", "Typo", Roles.EVALUATOR);
        String desk = "10.4.4.4";
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            assertThatThrownBy(() -> signIn("typo@example.com", "guess", desk))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn("typo@example.com", TestAccounts.PASSWORD, desk).isAuthenticated()).isTrue();

        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            assertThatThrownBy(() -> signIn("typo@example.com", "guess", desk))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn("typo@example.com", TestAccounts.PASSWORD, desk).isAuthenticated()).isTrue();
    }

    @Test
    void anAddressFailingForManyNamesIsPausedForEveryNameAndCannotFloodTheTrail() {
        accounts.ensure("sprayed@example.com", "Sprayed", Roles.EVALUATOR);
        String sprayer = "198.51.100.7";
        for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT; i++) {
            String name = "spray" + (i / SignInThrottle.FREE_FAILURES) + "@example.com";
            assertThatThrownBy(() -> signIn(name, "guess", sprayer)).isExactlyInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn("sprayed@example.com", TestAccounts.PASSWORD, sprayer))
                .isInstanceOfSatisfying(ThrottledLoginException.class,
                        e -> assertThat(e.waitTime()).isGreaterThan(Duration.ofMinutes(14)));
        for (int i = 0; i < 100; i++) {
            assertThatThrownBy(() -> signIn("anyone@example.com", "guess", sprayer))
                    .isInstanceOf(ThrottledLoginException.class);
        }
        assertThat(audit.countFrom(sprayer, Instant.now().minus(1, ChronoUnit.MINUTES)))
                .isEqualTo(LoginAuditor.ROWS_PER_ADDRESS);
        assertThat(signIn("sprayed@example.com", TestAccounts.PASSWORD, "10.7.7.7").isAuthenticated()).isTrue();
    }

    @Test
    void unknownLoginNamesAreThrottledTooSoThrottlingRevealsNoAccounts() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES + 1; i++) {
            assertThatThrownBy(() -> signIn("ghost@example.com", "guess", "192.0.2.44"))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn("ghost@example.com", "guess", "192.0.2.44"))
                .isInstanceOf(ThrottledLoginException.class);
    }

    @Test
    void aSharedAddressPausedByOthersStillLetsInAnAccountThatSignedInThereBefore() {
        accounts.ensure("office.worker@example.com", "Office Worker", Roles.EVALUATOR);
        accounts.ensure("office.newcomer@example.com", "Office Newcomer", Roles.EVALUATOR);
        String office = "198.51.100.50";
        assertThat(signIn("office.worker@example.com", TestAccounts.PASSWORD, office).isAuthenticated()).isTrue();
        for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT; i++) {
            String name = "noise" + (i / SignInThrottle.FREE_FAILURES) + "@example.com";
            assertThatThrownBy(() -> signIn(name, "guess", office)).isExactlyInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn("office.newcomer@example.com", TestAccounts.PASSWORD, office))
                .as("a name never seen at the paused address waits").isInstanceOf(ThrottledLoginException.class);
        assertThat(signIn("office.worker@example.com", TestAccounts.PASSWORD, office).isAuthenticated())
                .as("the owner at their own desk is never locked out by others").isTrue();
    }

    @Test
    void aNameFailingFromManyAddressesIsPausedForNewAddressesButNotAtItsOwnersDesk() {
        accounts.ensure("rotated@example.com", "Rotated", Roles.EVALUATOR);
        assertThat(signIn("rotated@example.com", TestAccounts.PASSWORD, "10.66.0.1").isAuthenticated()).isTrue();
        for (int i = 0; i < SignInThrottle.NAME_LIMIT; i++) {
            String address = "2001:db8::" + Integer.toHexString(i + 1);
            assertThatThrownBy(() -> signIn("rotated@example.com", "guess", address))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn("rotated@example.com", TestAccounts.PASSWORD, "2001:db8::ffff"))
                .isInstanceOf(ThrottledLoginException.class);
        assertThat(signIn("rotated@example.com", TestAccounts.PASSWORD, "10.66.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void parallelGuessesAreEachCountedSoABurstDoesNotSlipPastTheThrottle() throws Exception {
        accounts.ensure("burst@example.com", "Burst", Roles.EVALUATOR);
        int guesses = 20;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var results = pool.invokeAll(java.util.Collections.nCopies(guesses, () -> {
                try {
                    signIn("burst@example.com", "guess", "192.0.2.77");
                    return "signed in";
                } catch (ThrottledLoginException throttled) {
                    return "throttled";
                } catch (BadCredentialsException wrong) {
                    return "checked";
                }
            }));
            long checked = 0;
            for (var result : results) {
                checked += result.get().equals("checked") ? 1 : 0;
            }
            // Counted after the attempt is recorded, a burst is cut off near the free failures; read
            // before, as it was, all twenty passwords were checked.
            assertThat(checked).isBetween((long) SignInThrottle.FREE_FAILURES, (long) SignInThrottle.FREE_FAILURES + 4);
        } finally {
            pool.shutdownNow();
        }
    }
}
