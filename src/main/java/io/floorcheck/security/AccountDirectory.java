package io.floorcheck.security;

import java.util.Optional;

/**
 * Where security finds accounts. Implemented by the {@code user} feature, so that security
 * itself depends on nothing app-specific.
 */
public interface AccountDirectory {

    /** The account with this login name (e-mail, case-insensitive), if any. */
    Optional<Account> findByLogin(String login);

    /** Whether the account may still use the application (exists and is enabled). */
    boolean isActive(String login);
}
