package io.floorcheck.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.floorcheck.audit.internal.AuditRepository;
import io.floorcheck.security.CurrentUser;
import io.floorcheck.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail's API. Recording is open to every caller on purpose: failed logins are
 * recorded before anyone is authenticated, and every feature records its own changes.
 * Reading the trail is for administrators.
 */
@Service
public class AuditService {

    /** Actor recorded when no user is signed in (start-up tasks, scheduled jobs). */
    public static final String SYSTEM_ACTOR = "system";

    private final AuditRepository repository;
    private final Clock clock;

    AuditService(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records an event by the signed-in user, in the caller's transaction if there is one. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void record(AuditEntry entry) {
        recordAs(CurrentUser.username().orElse(SYSTEM_ACTOR), entry);
    }

    /** Records an event for a named actor, e.g. the login name typed into a failed login. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void recordAs(String actor, AuditEntry entry) {
        repository.insert(clock.instant(), actor, entry);
    }

    /** How often an actor did something since a point in time (used to throttle logins). */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public int countSince(String actor, String action, Instant since) {
        return repository.countSince(actor, action, since);
    }

    /** How many events a client address caused since a point in time (to cap what anonymous clients add). */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public int countFrom(String clientAddress, Instant since) {
        return repository.countFrom(clientAddress, since);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<AuditEvent> latest(int limit) {
        return repository.latest(limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<AuditEvent> forEntity(String entityType, String entityId) {
        return repository.forEntity(entityType, entityId);
    }
}
