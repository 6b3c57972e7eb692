package io.floorcheck.security;

import java.util.List;

/**
 * The demo accounts the login page lists in demo mode. Present as a bean only when demo data
 * is seeded, so a real installation never shows a password on its login page.
 */
public record DemoLogins(List<String> emails, String password) {

    public DemoLogins {
        emails = List.copyOf(emails);
    }
}
