package io.floorcheck.security;

import java.time.Instant;
import java.util.List;

/**
 * Where failed sign-ins are counted: per login name and client address, in the database, so a
 * restart or a second application node neither resets nor splits the count. Implemented by the
 * {@code user} feature; {@link SignInThrottle} decides what the counts mean.
 */
public interface SignInFailures {

    /**
     * The failures since a point in time: how many for this name from this address and the
     * latest of them, and the times of the latest {@code addressLimit} failures from the address
     * for any name, newest first.
     */
    Recent since(String login, String address, Instant since, int addressLimit);

    void failed(String login, String address, Instant at);

    /** A successful sign-in forgets this name's failures from this address. */
    void succeeded(String login, String address);

    record Recent(int ofName, Instant lastOfName, List<Instant> atAddress) {

        public Recent {
            atAddress = List.copyOf(atAddress);
        }
    }
}
