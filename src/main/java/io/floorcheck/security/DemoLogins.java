package io.floorcheck.security;

import java.util.List;

/**
 * The demo accounts the login page lists in demo mode. Present as a bean only when demo data
 * is seeded, so a real installation never shows a password on its login page.
 */
public record DemoLogins(List<Login> logins, String password) {

    public DemoLogins {
        logins = List.copyOf(logins);
    }

    /** One account to try: its e-mail and the role it shows off. */
    public record Login(String email, String role) {
    }
}
