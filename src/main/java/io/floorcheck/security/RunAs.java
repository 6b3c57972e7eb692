package io.floorcheck.security;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Runs work as a given account, with its real principal and roles, then restores whoever was
 * signed in. For start-up seeding done by the demo people themselves, so every service rule and
 * audit entry applies as in real use; never for a request.
 */
public final class RunAs {

    private RunAs() {
    }

    public static <T> T as(UserDetails account, Supplier<T> work) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication previous = context.getAuthentication();
        try {
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null,
                    account.getAuthorities()));
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
