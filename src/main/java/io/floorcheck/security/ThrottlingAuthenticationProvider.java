package io.floorcheck.security;

import java.time.Clock;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the throttle before the password, for every login name whether or not an account
 * exists, so throttling reveals nothing about which accounts exist. A wrong password (or an
 * unknown name) counts as a failure of that name from the client's address.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    /** The address of a sign-in that did not come through the web form (tests, start-up tasks). */
    static final String UNKNOWN_ADDRESS = "unknown";

    private final AuthenticationProvider delegate;
    private final SignInFailures failures;
    private final Clock clock;

    ThrottlingAuthenticationProvider(AuthenticationProvider delegate, SignInFailures failures, Clock clock) {
        this.delegate = delegate;
        this.failures = failures;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String login = Logins.normalize(authentication.getName());
        String address = clientAddress(authentication);
        // Counted before the password is checked: parallel guesses each see the ones before them.
        long attempt = failures.attempt(login, address, clock.instant());
        var recent = failures.before(attempt, login, address, clock.instant().minus(SignInThrottle.WINDOW),
                SignInThrottle.ADDRESS_LIMIT);
        var wait = SignInThrottle.waitBefore(recent, clock.instant());
        if (wait.isPresent()) {
            failures.withdraw(attempt);
            throw new ThrottledLoginException(login, wait.get());
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            throw wrong; // the attempt stays recorded as a failure
        } catch (RuntimeException otherwise) {
            failures.withdraw(attempt); // disabled, expired: not a guess at the password
            throw otherwise;
        }
        failures.succeeded(login, address, clock.instant());
        return result;
    }

    /** The address the web form was sent from, as the servlet container sees it (see the README on proxies). */
    static String clientAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            String address = details.getRemoteAddress();
            return address.length() <= 64 ? address : address.substring(0, 64);
        }
        return UNKNOWN_ADDRESS;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
