package io.floorcheck.security;

import java.util.Optional;

/**
 * Where security finds accounts. Implemented by the {@code user} feature, so that security
 * itself depends on nothing app-specific.
 */
public interface AccountDirectory {

    /** The account with this login name (e-mail, case-insensitive), if any. */
    Optional<Account> findByLogin(String login);

    /**
     * Whether a session signed in with this credentials version may go on: the account still
     * exists, is enabled, and its roles and password have not changed since.
     */
    boolean isCurrent(long accountId, String login, int credentialsVersion);
}
