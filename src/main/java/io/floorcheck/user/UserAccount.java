package io.floorcheck.user;

import java.util.Set;

import io.floorcheck.security.Roles;

/** A user as the application shows it; never carries the password hash. */
public record UserAccount(long id, String email, String displayName, String title, Set<String> roles,
        boolean enabled, int version) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    public UserDraft toDraft() {
        return new UserDraft(email, displayName, title, roles);
    }
}
