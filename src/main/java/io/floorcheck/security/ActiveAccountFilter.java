package io.floorcheck.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was disabled, demoted or given a new password after it
 * signed in. The account is re-checked at most once every {@link #RECHECK_INTERVAL} per
 * session, so such a user is out within a minute without a database query on every request.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    static final Duration RECHECK_INTERVAL = Duration.ofMinutes(1);
    private static final String LAST_CHECK = ActiveAccountFilter.class.getName() + ".lastCheck";
    private static final Logger log = LoggerFactory.getLogger(ActiveAccountFilter.class);

    private final AccountDirectory accounts;

    ActiveAccountFilter(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        var account = CurrentUser.account();
        if (session != null && account.isPresent()) {
            long now = System.currentTimeMillis();
            Long lastCheck = (Long) session.getAttribute(LAST_CHECK);
            if (lastCheck == null || now - lastCheck >= RECHECK_INTERVAL.toMillis()) {
                if (accounts.isCurrent(account.get().id(), account.get().email(),
                        account.get().credentialsVersion())) {
                    session.setAttribute(LAST_CHECK, now);
                } else {
                    log.info("Ending the session of {}: the account was disabled or its roles or password changed",
                            account.get().email());
                    session.invalidate();
                    // Carry on as anonymous: a page request goes to the login view, and the
                    // Vaadin client shows its session-expired message for background requests.
                    SecurityContextHolder.clearContext();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
