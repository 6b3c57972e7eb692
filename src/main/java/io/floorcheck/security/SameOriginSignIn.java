package io.floorcheck.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in form sent from another site (login CSRF: a foreign page posting its own
 * credentials to /login would sign the victim's browser into the attacker's account, and
 * whatever they then score or type would land there). Browsers name the sending page's origin
 * in {@code Origin} on every form POST; one that is not this server's is refused before any
 * password is checked. A request with neither Origin nor Referer is not from a browser page and
 * passes. Vaadin's login form is a plain HTML form, so a token check would need the form
 * rebuilt; the Origin check covers every browser that can carry the attack.
 */
class SameOriginSignIn extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SameOriginSignIn.class);

    /** The same matcher form login uses, so no spelling of the path (/%6Cogin) reaches one and not the other. */
    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        String sender = origin != null ? origin : originOf(request.getHeader("Referer"));
        if (sender != null && !sameOrigin(sender, request)) {
            log.info("Refused a sign-in sent from another site ({}) to {}", sender, request.getServerName());
            // Written here, not through the error page, which would send the browser on to /login.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign-in refused: the form was not sent from this site's own page.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Scheme, host and port of a Referer, or "null" when it is not a URL (so it cannot match). */
    private static String originOf(String referer) {
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException notAUrl) {
            return "null";
        }
    }

    /**
     * Whether the sender is this server as the browser reached it: the Host the request names
     * (kept by proxies), or the scheme, name and port the container sees (behind a proxy with
     * {@code server.forward-headers-strategy} set, the public ones).
     */
    static boolean sameOrigin(String sender, HttpServletRequest request) {
        URI uri;
        try {
            uri = URI.create(sender.trim());
        } catch (IllegalArgumentException notAUrl) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false; // "null" from sandboxed frames, data: and file: pages
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme);
        String authority = uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        String host = request.getHeader("Host");
        if (host != null && authority.equals(withPort(host.toLowerCase(Locale.ROOT), port))) {
            return true;
        }
        return authority.equals(request.getServerName().toLowerCase(Locale.ROOT) + ":" + request.getServerPort());
    }

    /** A Host header without a port means the default port of the scheme the sender used. */
    private static String withPort(String host, int senderPort) {
        boolean hasPort = host.startsWith("[") ? host.contains("]:") : host.contains(":");
        return hasPort ? host : host + ":" + (senderPort == 443 || senderPort == 80 ? senderPort : -1);
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }
}
