package io.floorcheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A disabled account loses its session at the next request after the re-check interval. */
class ActiveAccountFilterTest {

    private final Set<String> disabled = new HashSet<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private int currentVersion = 0;
    private final ActiveAccountFilter filter = new ActiveAccountFilter(new AccountDirectory() {
        @Override
        public Optional<Account> findByLogin(String login) {
            return Optional.empty();
        }

        @Override
        public boolean isCurrent(long accountId, String login, int credentialsVersion) {
            lookups.incrementAndGet();
            return !disabled.contains(login) && credentialsVersion == currentVersion;
        }
    });

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String email) {
        Account account = new Account(1, email, "Someone", null, Set.of(Roles.EVALUATOR), null, true, 0, false);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }

    private MockHttpServletRequest request(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        return request;
    }

    @Test
    void anActiveAccountIsCheckedOnceAndThenLeftAloneUntilTheIntervalPasses() throws Exception {
        signIn("active@example.com");
        MockHttpSession session = new MockHttpSession();

        filter.doFilter(request(session), new MockHttpServletResponse(), new MockFilterChain());
        filter.doFilter(request(session), new MockHttpServletResponse(), new MockFilterChain());

        assertThat(lookups).hasValue(1);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void aDisabledAccountLosesItsSessionAndTheRequestContinuesAsAnonymous() throws Exception {
        signIn("gone@example.com");
        disabled.add("gone@example.com");
        MockHttpSession session = new MockHttpSession();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request(session), new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void anAccountDisabledAfterTheLastCheckIsCaughtOnceTheIntervalHasPassed() throws Exception {
        signIn("later@example.com");
        MockHttpSession session = new MockHttpSession();
        filter.doFilter(request(session), new MockHttpServletResponse(), new MockFilterChain());
        disabled.add("later@example.com");
        // Pretend the last check was a full interval ago.
        session.setAttribute(ActiveAccountFilter.class.getName() + ".lastCheck",
                System.currentTimeMillis() - ActiveAccountFilter.RECHECK_INTERVAL.toMillis());

        filter.doFilter(request(session), new MockHttpServletResponse(), new MockFilterChain());

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aSessionSignedInBeforeARoleOrPasswordChangeEnds() throws Exception {
        signIn("demoted@example.com");
        currentVersion = 1;
        MockHttpSession session = new MockHttpSession();

        filter.doFilter(request(session), new MockHttpServletResponse(), new MockFilterChain());

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void requestsWithoutASessionAreNotLookedUp() throws Exception {
        signIn("nosession@example.com");
        filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(), new MockFilterChain());
        assertThat(lookups).hasValue(0);
    }
}
