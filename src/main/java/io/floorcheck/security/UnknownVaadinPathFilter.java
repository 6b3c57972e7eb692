package io.floorcheck.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 404 to requests under {@code /VAADIN} that carry no session and are not for the
 * static build files. Vaadin would otherwise treat them as a page visit, create a session and
 * redirect to the login: a cheap way for a scanner to fill the server with sessions. Real
 * clients only reach other {@code /VAADIN} paths (push, uploads, dev server) from a page that
 * already has a session.
 */
class UnknownVaadinPathFilter extends OncePerRequestFilter {

    private static final String VAADIN = "/VAADIN";
    private static final String STATIC_BUILD = "/VAADIN/build/";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean underVaadin = path.equals(VAADIN) || path.startsWith(VAADIN + "/");
        if (underVaadin && !path.startsWith(STATIC_BUILD) && request.getSession(false) == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
