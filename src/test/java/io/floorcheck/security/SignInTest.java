package io.floorcheck.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

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

/** Sign-in through the real authentication manager and account store on MariaDB. */
@FloorcheckSpringTest
class SignInTest {

    @Autowired AuthenticationManager authenticationManager;
    @Autowired TestAccounts accounts;
    @Autowired UserRepository users;
    @Autowired AuditService audit;
    @Autowired TrustedDevices devices;
    @Autowired SignInFailures failures;
    @Autowired io.floorcheck.user.UserService userService;

    private Authentication signIn(String login, String password) {
        return signIn(login, password, "10.0.0." + (Math.abs(login.hashCode()) % 250 + 1));
    }

    /** As the login form does it: the token carries the client's address. */
    private Authentication signIn(String login, String password, String address) {
        return signIn(login, password, address, List.of());
    }

    /** From a browser holding these device tokens. */
    private Authentication signIn(String login, String password, String address, List<String> deviceTokens) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(login, password);
        token.setDetails(new SignInDetails(address, deviceTokens.stream().map(DeviceCookie::hash).toList()));
        return authenticationManager.authenticate(token);
    }

    /** A browser the account signs in from, trusted for it as the form's sign-in makes it. */
    private List<String> trustedBrowser(String login, String address) {
        assertThat(signIn(login, TestAccounts.PASSWORD, address).isAuthenticated()).isTrue();
        String token = DeviceCookie.newToken();
        devices.trust(Logins.normalize(login), DeviceCookie.hash(token), Instant.now());
        return List.of(token);
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
    void aSharedAddressPausedByOthersLetsInTheBrowsersItsAccountsSignedInFromAndNoOtherClient() {
        accounts.ensure("office.worker@example.com", "Office Worker", Roles.EVALUATOR);
        accounts.ensure("office.newcomer@example.com", "Office Newcomer", Roles.EVALUATOR);
        String office = "198.51.100.50";
        List<String> workersLaptop = trustedBrowser("office.worker@example.com", office);
        for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT; i++) {
            String name = "noise" + (i / SignInThrottle.FREE_FAILURES) + "@example.com";
            assertThatThrownBy(() -> signIn(name, "guess", office)).isExactlyInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn("office.newcomer@example.com", TestAccounts.PASSWORD, office))
                .as("a browser never signed in from waits").isInstanceOf(ThrottledLoginException.class);
        assertThatThrownBy(() -> signIn("office.worker@example.com", "guess", office))
                .as("a colleague's name signed in at the address buys the sprayer nothing")
                .isInstanceOf(ThrottledLoginException.class);
        assertThat(signIn("office.worker@example.com", TestAccounts.PASSWORD, office, workersLaptop)
                .isAuthenticated()).as("the owner's own browser is never locked out by others").isTrue();
        assertThatThrownBy(() -> signIn("office.newcomer@example.com", TestAccounts.PASSWORD, office, workersLaptop))
                .as("trust is for the account the browser signed in to").isInstanceOf(ThrottledLoginException.class);
    }

    @Test
    void aNameKeptAtItsLimitFromManyAddressesPausesNewClientsButNotItsOwnersBrowserAnywhere() {
        accounts.ensure("rotated@example.com", "Rotated", Roles.EVALUATOR);
        List<String> ownersTablet = trustedBrowser("rotated@example.com", "10.66.0.1");
        for (int i = 0; i < SignInThrottle.NAME_LIMIT; i++) {
            String address = "192.0.2." + (i / SignInThrottle.FREE_FAILURES + 100);
            assertThatThrownBy(() -> signIn("rotated@example.com", "guess", address))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn("rotated@example.com", TestAccounts.PASSWORD, "192.0.2.250"))
                .isInstanceOf(ThrottledLoginException.class);
        assertThatThrownBy(() -> signIn("rotated@example.com", TestAccounts.PASSWORD, "10.66.0.1"))
                .as("the address the owner used is no pass: the attacker may share it")
                .isInstanceOf(ThrottledLoginException.class);
        assertThat(signIn("rotated@example.com", TestAccounts.PASSWORD, "203.0.113.200", ownersTablet)
                .isAuthenticated()).as("travelling, on a new network, with their own tablet").isTrue();
    }

    @Test
    void aTrustedBrowserWaitsForItsOwnFailuresOnly() {
        accounts.ensure("own.typos@example.com", "Own Typos", Roles.EVALUATOR);
        List<String> tablet = trustedBrowser("own.typos@example.com", "10.9.9.9");
        for (int i = 0; i < SignInThrottle.FREE_FAILURES + 1; i++) {
            assertThatThrownBy(() -> signIn("own.typos@example.com", "guess", "10.9.9.9", tablet))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("own.typos@example.com", TestAccounts.PASSWORD, "10.9.9.9", tablet))
                .as("a stolen tablet guesses no faster than anyone").isInstanceOf(ThrottledLoginException.class);
        assertThat(signIn("own.typos@example.com", TestAccounts.PASSWORD, "10.9.9.9").isAuthenticated())
                .as("the tablet's failures are its own, not the address's").isTrue();
    }

    @Test
    void rotatingThroughOneIpv6NetworkCountsAsOneClient() {
        accounts.ensure("six@example.com", "Six", Roles.EVALUATOR);
        for (int i = 0; i < SignInThrottle.FREE_FAILURES + 1; i++) {
            String address = "2001:db8:77:1::" + Integer.toHexString(i + 1);
            assertThatThrownBy(() -> signIn("six@example.com", "guess", address))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("six@example.com", TestAccounts.PASSWORD, "2001:db8:77:1:ffff::9"))
                .isInstanceOf(ThrottledLoginException.class);
        assertThat(signIn("six@example.com", TestAccounts.PASSWORD, "2001:db8:77:2::1").isAuthenticated())
                .as("another network").isTrue();
    }

    @Test
    void guessesAtADisabledAccountCostTheSameAndTellNothingUntilThePasswordIsRight() {
        long id = accounts.ensure("left.company@example.com", "Left Company", Roles.EVALUATOR);
        users.setEnabled(id, users.findById(id).orElseThrow().version(), false, Instant.now());
        String guesser = "198.51.100.91";
        for (int i = 0; i < SignInThrottle.FREE_FAILURES + 1; i++) {
            assertThatThrownBy(() -> signIn("left.company@example.com", "guess", guesser))
                    .as("like any wrong password").isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("left.company@example.com", "guess", guesser))
                .as("counted like any other failure").isInstanceOf(ThrottledLoginException.class);
    }

    @Test
    void aTrustedBrowserSigningInGivesSomeoneFailingFromTheSameAddressNoFreshStart() {
        accounts.ensure("shared.desk@example.com", "Shared Desk", Roles.EVALUATOR);
        String office = "198.51.100.80";
        List<String> laptop = trustedBrowser("shared.desk@example.com", office);
        for (int i = 0; i < SignInThrottle.FREE_FAILURES + 1; i++) {
            assertThatThrownBy(() -> signIn("shared.desk@example.com", "guess", office))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn("shared.desk@example.com", TestAccounts.PASSWORD, office, laptop).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn("shared.desk@example.com", "guess", office))
                .as("the guesser's failures stand").isInstanceOf(ThrottledLoginException.class);
    }

    @Test
    void aClientsFailuresCountForADaySoItsWaitDoesNotStartOverEveryQuarterHour() {
        accounts.ensure("slow.guess@example.com", "Slow Guess", Roles.EVALUATOR);
        String guesser = "192.0.2.222";
        // Thirteen failures long enough ago to have left the quarter-hour window, one five minutes ago.
        Instant earlier = Instant.now().minus(Duration.ofMinutes(40));
        for (int i = 0; i < 13; i++) {
            failures.attempt("slow.guess@example.com", guesser, null, earlier.plusSeconds(i * 60L));
        }
        failures.attempt("slow.guess@example.com", guesser, null, Instant.now().minus(Duration.ofMinutes(5)));
        assertThatThrownBy(() -> signIn("slow.guess@example.com", TestAccounts.PASSWORD, guesser))
                .isInstanceOfSatisfying(ThrottledLoginException.class, e -> assertThat(e.waitTime())
                        .as("the fourteenth failure's quarter hour").isGreaterThan(Duration.ofMinutes(9)));
    }

    @Test
    void rotatingThroughAnIpv6NetworkAddsNoMoreRowsToTheTrailThanOneAddress() {
        for (int i = 0; i < 100; i++) {
            String address = "2001:db8:99:1::" + Integer.toHexString(i + 1);
            String name = "v6spray" + i + "@example.com";
            assertThatThrownBy(() -> signIn(name, "guess", address)).isInstanceOf(
                    org.springframework.security.core.AuthenticationException.class);
        }
        assertThat(audit.countFrom("2001:db8:99:1::/64", Instant.now().minus(1, ChronoUnit.MINUTES)))
                .isEqualTo(LoginAuditor.ROWS_PER_ADDRESS);
    }

    @Test
    void anAccountKeepsItsTenLatestBrowsersAndLosesAllOfThemWithItsPassword() {
        accounts.ensureTeam();
        long id = accounts.ensure("many.tablets@example.com", "Many Tablets", Roles.EVALUATOR);
        Instant start = Instant.now().minus(Duration.ofHours(1));
        List<String> hashes = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String hash = DeviceCookie.hash(DeviceCookie.newToken());
            hashes.add(hash);
            devices.trust("many.tablets@example.com", hash, start.plusSeconds(i));
        }
        Instant since = start.minus(Duration.ofDays(1));
        assertThat(devices.trustedAmong("many.tablets@example.com", hashes.subList(0, 2), since)).isEmpty();
        assertThat(devices.trustedAmong("many.tablets@example.com", hashes.subList(2, 3), since)).isPresent();
        assertThat(devices.trustedAmong("other.person@example.com", hashes.subList(2, 3), since))
                .as("trusted for its own account only").isEmpty();

        accounts.as(TestAccounts.ADMIN, () -> userService.resetPassword(id));
        assertThat(devices.trustedAmong("many.tablets@example.com", hashes, since))
                .as("whoever had the old password keeps no exemption").isEmpty();
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
