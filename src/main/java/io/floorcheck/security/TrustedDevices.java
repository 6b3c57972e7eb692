package io.floorcheck.security;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Browsers an account has signed in from, known by the hash of a random token the browser keeps
 * in a cookie ({@link DeviceCookie}). Implemented by the {@code user} feature, in the database,
 * so every application node knows them. Trust only spares a browser the pauses that other
 * people's failures cause; it never signs anyone in.
 */
public interface TrustedDevices {

    /** The one of these token hashes the login signed in with since the given time, if any. */
    Optional<String> trustedAmong(String login, Collection<String> tokenHashes, Instant since);

    /** Remembers a new browser the login has just signed in from. */
    void trust(String login, String tokenHash, Instant at);

    /** A trusted browser signed in again: it stays trusted for another lifetime from now. */
    void touch(String login, String tokenHash, Instant at);

    /**
     * None of the login's browsers is trusted any more: after its password was changed or reset
     * or the account disabled, whoever had it must not keep the exemption. In the caller's transaction.
     */
    void forget(String login);
}
