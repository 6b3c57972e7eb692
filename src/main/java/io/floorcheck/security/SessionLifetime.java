package io.floorcheck.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions live long only once someone has signed in. Every new session starts with
 * {@link #ANONYMOUS} (the login page needs one, and so does every bot that asks for it, so an
 * abandoned one must not hold memory for hours); the first request of a signed-in user raises
 * it to the configured {@code server.servlet.session.timeout}. An open login page keeps its
 * session alive with Vaadin's heartbeat; a closed one's goes after ten minutes.
 */
class SessionLifetime extends OncePerRequestFilter implements HttpSessionListener {

    /** Twice Vaadin's heartbeat (5 minutes), so an open login page never loses its session. */
    static final Duration ANONYMOUS = Duration.ofMinutes(10);

    private final int signedInSeconds;

    SessionLifetime(Duration signedIn) {
        this.signedInSeconds = (int) signedIn.toSeconds();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) ANONYMOUS.toSeconds());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getMaxInactiveInterval() != signedInSeconds
                && CurrentUser.account().isPresent()) {
            session.setMaxInactiveInterval(signedInSeconds);
        }
        chain.doFilter(request, response);
    }
}
