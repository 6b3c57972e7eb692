package io.floorcheck.security;

import java.time.Instant;
import java.util.List;

/**
 * Where sign-in attempts are counted: per login name and client (a trusted browser, or else the
 * client's address), in the database, so a restart or a second application node neither resets
 * nor splits the count. Implemented by the {@code user} feature; {@link SignInThrottle} decides
 * what the counts mean. An attempt is recorded <em>before</em> its password is checked, so a
 * burst of parallel guesses counts every one of them; a success forgets the name's attempts from
 * that client.
 */
public interface SignInFailures {

    /**
     * Records an attempt as a failure until it succeeds; returns its id. {@code device} is the
     * hash of the trusted browser's token, or null for a browser not trusted for the name.
     */
    long attempt(String login, String address, String device, Instant at);

    /**
     * What came before the given attempt: the failures of this name from this client since
     * {@code rememberedSince} (how many, the latest); since {@code since}, the latest
     * {@code addressLimit} untrusted failures from the address for any name, newest first, and how
     * many untrusted failures the name had from any address.
     */
    Recent before(long attempt, String login, String address, String device, Instant since,
            Instant rememberedSince, int addressLimit);

    /** Takes an attempt back: it was refused before any password was checked. */
    void withdraw(long attempt);

    /** A successful sign-in forgets this name's failures from this address and this browser. */
    void succeeded(String login, String address, String device, Instant at);

    record Recent(int ofName, Instant lastOfName, List<Instant> atAddress, int ofNameAnywhere, boolean trusted) {

        public Recent {
            atAddress = List.copyOf(atAddress);
        }
    }
}
