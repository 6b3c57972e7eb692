package io.floorcheck.security;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the current request or UI access, read from the security context. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<Account> account() {
        return authentication().map(Authentication::getPrincipal)
                .filter(Account.class::isInstance)
                .map(Account.class::cast);
    }

    public static Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    private static Optional<Authentication> authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication);
    }
}
