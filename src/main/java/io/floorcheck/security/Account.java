package io.floorcheck.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in principal: enough to name the user in the UI and to check roles, without a
 * database round trip on every request.
 */
public record Account(long id, String email, String displayName, String title, Set<String> roles,
        String passwordHash, boolean enabled) implements UserDetails {

    public Account {
        roles = Set.copyOf(roles);
    }

    /** The most far-reaching role, for "signed in as … (role)". */
    public String primaryRole() {
        return Roles.ALL.stream().filter(roles::contains).findFirst().orElse("");
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The hash never leaves the login: the principal kept in the session has none. */
    public Account withoutPassword() {
        return new Account(id, email, displayName, title, roles, "", enabled);
    }

    @Override
    public String toString() {
        return "Account[" + email + ", roles=" + List.copyOf(roles) + "]";
    }
}
