package io.floorcheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Remembering the browser after a sign-in, with the database as a boundary that may fail. */
class DeviceTrustOnSignInTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    private final UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken
            .authenticated("Kenji@Example.com", null, java.util.List.of());

    @Test
    void aBrowserThatCannotBeRememberedNowIsStillSignedIn() {
        TrustedDevices failing = new TrustedDevices() {
            @Override
            public Optional<String> trustedAmong(String login, Collection<String> tokenHashes, Instant since) {
                return Optional.empty();
            }

            @Override
            public void trust(String login, String tokenHash, Instant at) {
                throw new CannotAcquireLockException("Deadlock found when trying to get lock");
            }

            @Override
            public void touch(String login, String tokenHash, Instant at) {
            }

            @Override
            public void forget(String login) {
            }
        };
        MockHttpServletResponse response = new MockHttpServletResponse();

        new DeviceTrustOnSignIn(failing, CLOCK).onAuthentication(signedIn, new MockHttpServletRequest(), response);

        assertThat(response.getCookie(DeviceCookie.NAME)).as("no cookie for a token that was not stored").isNull();
    }

    @Test
    void aNewBrowserGetsATokenBeforeTheOnesItHeldForOthersAndAKnownOneKeepsItsOwn() {
        java.util.Map<String, String> stored = new java.util.HashMap<>();
        TrustedDevices memory = new TrustedDevices() {
            @Override
            public Optional<String> trustedAmong(String login, Collection<String> tokenHashes, Instant since) {
                return tokenHashes.stream().filter(hash -> login.equals(stored.get(hash))).findFirst();
            }

            @Override
            public void trust(String login, String tokenHash, Instant at) {
                stored.put(tokenHash, login);
            }

            @Override
            public void touch(String login, String tokenHash, Instant at) {
            }

            @Override
            public void forget(String login) {
            }
        };
        String claires = DeviceCookie.newToken();
        stored.put(DeviceCookie.hash(claires), "claire@example.com");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(new jakarta.servlet.http.Cookie(DeviceCookie.NAME, claires + ".not a token"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        new DeviceTrustOnSignIn(memory, CLOCK).onAuthentication(signedIn, request, response);

        String[] tokens = response.getCookie(DeviceCookie.NAME).getValue().split("\\.");
        assertThat(tokens).hasSize(2);
        assertThat(tokens[1]).isEqualTo(claires);
        assertThat(stored).containsEntry(DeviceCookie.hash(tokens[0]), "kenji@example.com");

        MockHttpServletRequest again = new MockHttpServletRequest();
        again.setCookies(new jakarta.servlet.http.Cookie(DeviceCookie.NAME, String.join(".", tokens)));
        MockHttpServletResponse second = new MockHttpServletResponse();
        new DeviceTrustOnSignIn(memory, CLOCK).onAuthentication(signedIn, again, second);
        assertThat(second.getCookie(DeviceCookie.NAME).getValue()).isEqualTo(String.join(".", tokens));
    }
}
