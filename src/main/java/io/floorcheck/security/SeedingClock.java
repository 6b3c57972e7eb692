package io.floorcheck.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's clock: the system's, except on a thread that is seeding demo data, where
 * {@link #at} sets the moment the demo people act (a visit three weeks ago is logged, scored and
 * submitted three weeks ago, not at start-up). Nothing but demo seeding sets it.
 */
public final class SeedingClock extends Clock {

    private static final ThreadLocal<Instant> SEEDING_AT = new ThreadLocal<>();

    private final Clock system;

    public SeedingClock(Clock system) {
        this.system = system;
    }

    /** Runs demo seeding work as if it happened at the given moment, on this thread only. */
    public static <T> T at(Instant moment, Supplier<T> work) {
        Instant before = SEEDING_AT.get();
        SEEDING_AT.set(moment);
        try {
            return work.get();
        } finally {
            if (before == null) {
                SEEDING_AT.remove();
            } else {
                SEEDING_AT.set(before);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant seeding = SEEDING_AT.get();
        return seeding != null ? seeding : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SeedingClock(system.withZone(zone));
    }
}
