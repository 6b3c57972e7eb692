package io.floorcheck.security;

import java.util.Locale;

/** Login names are e-mail addresses, compared trimmed and lower-case everywhere. */
public final class Logins {

    private Logins() {
    }

    public static String normalize(String login) {
        return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    }
}
