package io.floorcheck.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/**
 * After a sign-in through the form, the browser is trusted for that account: a browser that
 * already held a token for it keeps it (refreshed), any other gets a new one beside the tokens it
 * holds for other people. Runs where Spring Security finishes an interactive sign-in, with the
 * response at hand.
 */
final class DeviceTrustOnSignIn implements SessionAuthenticationStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceTrustOnSignIn.class);

    private final TrustedDevices devices;
    private final Clock clock;

    DeviceTrustOnSignIn(TrustedDevices devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            String login = Logins.normalize(authentication.getName());
            List<String> tokens = DeviceCookie.tokens(request);
            Optional<String> known = devices.trustedAmong(login, tokens.stream().map(DeviceCookie::hash).toList(),
                    clock.instant().minus(DeviceCookie.LIFETIME));
            Optional<String> token = known.flatMap(hash -> tokens.stream()
                    .filter(t -> DeviceCookie.hash(t).equals(hash)).findFirst());
            String kept;
            if (token.isPresent()) {
                kept = token.get();
                devices.touch(login, DeviceCookie.hash(kept), clock.instant());
            } else {
                kept = DeviceCookie.newToken();
                devices.trust(login, DeviceCookie.hash(kept), clock.instant());
            }
            response.addCookie(DeviceCookie.with(kept, tokens, request));
        } catch (RuntimeException notTrustedThisTime) {
            // The password was right: the sign-in stands. Trust only spares the browser pauses that
            // other people's failures cause; it can wait for the next sign-in.
            LOG.warn("Could not remember the browser of a sign-in ({})", notTrustedThisTime.toString());
        }
    }
}
