package io.floorcheck.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The cookie by which a browser shows it signed in to an account before: up to
 * {@link #TOKENS} random tokens (a tablet shared by a few people keeps one for each), sent only
 * to the login form, never readable by scripts. Only the tokens' SHA-256 is stored.
 */
final class DeviceCookie {

    static final String NAME = "floorcheck-device";
    static final int TOKENS = 4;
    static final Duration LIFETIME = Duration.ofDays(90);
    /** 32 random bytes, base64url without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceCookie() {
    }

    /** The well-formed tokens the browser sent, newest first; anything else in the cookie is ignored. */
    static List<String> tokens(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return List.of();
        }
        return Arrays.stream(cookies).filter(cookie -> NAME.equals(cookie.getName())).findFirst()
                .map(cookie -> Arrays.stream(cookie.getValue().split("\\.")).filter(t -> TOKEN.matcher(t).matches())
                        .distinct().limit(TOKENS).toList())
                .orElse(List.of());
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    /** The cookie to send back: this token first, then the others the browser had, at most {@link #TOKENS}. */
    static Cookie with(String token, List<String> others, HttpServletRequest request) {
        List<String> kept = new ArrayList<>();
        kept.add(token);
        others.stream().filter(other -> !other.equals(token)).limit(TOKENS - 1).forEach(kept::add);
        Cookie cookie = new Cookie(NAME, String.join(".", kept));
        cookie.setPath(request.getContextPath() + "/login");
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }
}
