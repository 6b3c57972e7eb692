package io.floorcheck.audit;

import java.time.Instant;
import java.util.Set;

/**
 * Which entries of the trail to read: by actor (login), by action (empty: any), not these
 * actions (empty: none excluded), and a time range (either end open when null).
 */
public record AuditQuery(String actor, Set<String> actions, Set<String> excludedActions, Instant from,
        Instant until) {

    public static final AuditQuery ALL = new AuditQuery(null, Set.of(), Set.of(), null, null);

    public AuditQuery {
        actions = actions == null ? Set.of() : Set.copyOf(actions);
        excludedActions = excludedActions == null ? Set.of() : Set.copyOf(excludedActions);
    }

    public AuditQuery(String actor, Set<String> actions, Instant from, Instant until) {
        this(actor, actions, Set.of(), from, until);
    }

    public AuditQuery byActor(String onlyActor) {
        return new AuditQuery(onlyActor, actions, excludedActions, from, until);
    }
}
