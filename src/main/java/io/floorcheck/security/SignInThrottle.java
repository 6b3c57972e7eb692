package io.floorcheck.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a sign-in must wait after failures. Counting per name <em>and</em> client means
 * nobody can lock an account for its owner by failing on purpose: repeated failures of a name
 * from one client slow further tries from that client down, each wait twice the last (2 s after
 * the fifth failure, up to 15 minutes), and never refuse outright. An address failing for many
 * names is paused, so one client cannot spray guesses across accounts; a name failing from many
 * addresses is paused too, so rotating addresses does not help. Neither pause applies to a
 * browser the account signed in from before ({@link TrustedDevices}): its owner on their own
 * tablet or laptop is never locked out by someone else's failures, at a shared office address
 * or anywhere else — and the trust is the browser's, not the address's, so an attacker sharing
 * the address gains nothing by it. (OWASP calls these device cookies.)
 */
final class SignInThrottle {

    /** The window of the limits per address and per name. */
    static final Duration WINDOW = Duration.ofMinutes(15);
    /**
     * How long a client's failures of a name count towards its growing wait: a day, so the wait
     * reaches its longest and stays there, rather than starting over once the first failures are
     * a quarter of an hour old (which would allow some 800 guesses a day). A success forgets them.
     */
    static final Duration MEMORY = Duration.ofDays(1);
    /** Failures of a name from an address that cost nothing: typos happen. */
    static final int FREE_FAILURES = 4;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** Failures from one address within the window, whatever the names, before it is paused. */
    static final int ADDRESS_LIMIT = 30;
    /** Failures of one name within the window, from untrusted clients anywhere, before they are paused. */
    static final int NAME_LIMIT = 50;

    private SignInThrottle() {
    }

    /** The wait before the next try may be checked, or empty when it may be checked now. */
    static Optional<Duration> waitBefore(SignInFailures.Recent recent, Instant now) {
        Duration wait = Duration.ZERO;
        if (recent.ofName() > FREE_FAILURES && recent.lastOfName() != null) {
            wait = longer(wait, Duration.between(now, recent.lastOfName().plus(delayAfter(recent.ofName()))));
        }
        if (!recent.trusted()) {
            if (recent.atAddress().size() >= ADDRESS_LIMIT) {
                // The address may try again once the oldest of its last ADDRESS_LIMIT failures leaves the window.
                Instant oldest = recent.atAddress().get(ADDRESS_LIMIT - 1);
                wait = longer(wait, Duration.between(now, oldest.plus(WINDOW)));
            }
            if (recent.ofNameAnywhere() >= NAME_LIMIT) {
                wait = longer(wait, LONGEST_WAIT);
            }
        }
        return wait.isPositive() ? Optional.of(wait) : Optional.empty();
    }

    /** 2 s after the first failure beyond the free ones, doubling with each further one, at most 15 minutes. */
    static Duration delayAfter(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES - 1, 20);
        Duration delay = Duration.ofSeconds(2L << doublings);
        return delay.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : delay;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
