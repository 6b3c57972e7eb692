package io.floorcheck.security;

import java.time.Instant;
import java.util.List;

/**
 * Where sign-in attempts are counted: per login name and client address, in the database, so a
 * restart or a second application node neither resets nor splits the count. Implemented by the
 * {@code user} feature; {@link SignInThrottle} decides what the counts mean. An attempt is
 * recorded <em>before</em> its password is checked, so a burst of parallel guesses counts every
 * one of them; a success forgets the name's attempts from the address.
 */
public interface SignInFailures {

    /** Records an attempt as a failure until it succeeds; returns its id. */
    long attempt(String login, String address, Instant at);

    /**
     * What came before the given attempt since a point in time: the failures of this name from
     * this address (how many, the latest), the latest {@code addressLimit} failures from the
     * address for any name, newest first, how many failures the name had from any address,
     * and whether the name signed in successfully from this address lately (its owner's desk).
     */
    Recent before(long attempt, String login, String address, Instant since, int addressLimit);

    /** Takes an attempt back: it was refused before any password was checked. */
    void withdraw(long attempt);

    /** A successful sign-in forgets this name's failures from this address and remembers the address. */
    void succeeded(String login, String address, Instant at);

    record Recent(int ofName, Instant lastOfName, List<Instant> atAddress, int ofNameAnywhere, boolean knownHere) {

        public Recent {
            atAddress = List.copyOf(atAddress);
        }
    }
}
