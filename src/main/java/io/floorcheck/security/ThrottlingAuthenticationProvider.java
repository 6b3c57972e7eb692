package io.floorcheck.security;

import java.time.Clock;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the throttle before the password, for every login name whether or not an account
 * exists, so throttling reveals nothing about which accounts exist. Every refused try counts as
 * a failure of that name from the client — a wrong password, an unknown name, a disabled
 * account alike — except one the throttle itself turned away unchecked.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    /** The address of a sign-in that did not come through the web form (tests, start-up tasks). */
    static final String UNKNOWN_ADDRESS = "unknown";

    private final AuthenticationProvider delegate;
    private final SignInFailures failures;
    private final TrustedDevices devices;
    private final Clock clock;

    ThrottlingAuthenticationProvider(AuthenticationProvider delegate, SignInFailures failures,
            TrustedDevices devices, Clock clock) {
        this.delegate = delegate;
        this.failures = failures;
        this.devices = devices;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String login = Logins.normalize(authentication.getName());
        String address = clientAddress(authentication);
        String device = devices.trustedAmong(login, deviceHashes(authentication),
                clock.instant().minus(DeviceCookie.LIFETIME)).orElse(null);
        // Counted before the password is checked: parallel guesses each see the ones before them.
        long attempt = failures.attempt(login, address, device, clock.instant());
        var recent = failures.before(attempt, login, address, device, clock.instant().minus(SignInThrottle.WINDOW),
                clock.instant().minus(SignInThrottle.MEMORY), SignInThrottle.ADDRESS_LIMIT);
        var wait = SignInThrottle.waitBefore(recent, clock.instant());
        if (wait.isPresent()) {
            failures.withdraw(attempt);
            throw new ThrottledLoginException(login, wait.get());
        }
        // Anything the check throws leaves the attempt recorded as a failure.
        Authentication result = delegate.authenticate(authentication);
        failures.succeeded(login, address, device, clock.instant());
        return result;
    }

    private static List<String> deviceHashes(Authentication authentication) {
        return authentication.getDetails() instanceof SignInDetails details ? details.deviceHashes() : List.of();
    }

    /** The client the web form was sent from, as the servlet container sees it (see the README on proxies). */
    static String clientAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return ClientNetwork.of(details.getRemoteAddress());
        }
        return UNKNOWN_ADDRESS;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
