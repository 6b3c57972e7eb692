package io.floorcheck.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in principal: enough to name the user in the UI and to check roles without a
 * database round trip. The password hash is only present during the login itself and erased
 * before the principal is stored in the session. Roles are those at sign-in; the session is
 * ended when they change (see {@link #credentialsVersion()}).
 */
public final class Account implements UserDetails, CredentialsContainer {

    private final long id;
    private final String email;
    private final String displayName;
    private final String title;
    private final Set<String> roles;
    private final boolean enabled;
    private volatile int credentialsVersion;
    private volatile boolean passwordChangeRequired;
    private String passwordHash;

    public Account(long id, String email, String displayName, String title, Set<String> roles, String passwordHash,
            boolean enabled, int credentialsVersion, boolean passwordChangeRequired) {
        this.id = id;
        this.email = Objects.requireNonNull(email);
        this.displayName = displayName;
        this.title = title;
        this.roles = Set.copyOf(roles);
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.credentialsVersion = credentialsVersion;
        this.passwordChangeRequired = passwordChangeRequired;
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String title() {
        return title;
    }

    public Set<String> roles() {
        return roles;
    }

    /**
     * The account's credentials version when this session signed in (or last changed its own
     * password). A different value in the database means roles, password or enabled flag
     * changed since, and the session must end.
     */
    public int credentialsVersion() {
        return credentialsVersion;
    }

    /**
     * Whether the password was generated for this user (by an administrator or at first start)
     * and must be replaced before the user can do anything else.
     */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /** The user changed their own password in this session: the session stays valid and unblocked. */
    public void passwordChanged(int newCredentialsVersion) {
        credentialsVersion = newCredentialsVersion;
        passwordChangeRequired = false;
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

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** Equal by login name, as Spring Security's session bookkeeping expects of principals. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Account account && account.email.equals(email);
    }

    @Override
    public int hashCode() {
        return email.hashCode();
    }

    @Override
    public String toString() {
        return "Account[" + email + ", roles=" + List.copyOf(roles) + "]";
    }
}
