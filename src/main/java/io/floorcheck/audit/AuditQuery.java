package io.floorcheck.audit;

import java.time.Instant;
import java.util.Set;

/**
 * Which entries of the trail to read: by actor (login), by action (empty: any), and a time
 * range (either end open when null).
 */
public record AuditQuery(String actor, Set<String> actions, Instant from, Instant until) {

    public static final AuditQuery ALL = new AuditQuery(null, Set.of(), null, null);

    public AuditQuery {
        actions = actions == null ? Set.of() : Set.copyOf(actions);
    }
}
