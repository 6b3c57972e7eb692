package io.floorcheck.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.floorcheck.audit.internal.AuditRepository;
import io.floorcheck.security.CurrentUser;
import io.floorcheck.security.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
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
    private final ObjectProvider<RecordAccess> recordAccess;

    AuditService(AuditRepository repository, Clock clock, ObjectProvider<RecordAccess> recordAccess) {
        this.repository = repository;
        this.clock = clock;
        this.recordAccess = recordAccess;
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

    /**
     * How many events a client caused since a point in time, the client counted as sign-in
     * throttling counts it (to cap what anonymous clients add).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public int countFrom(String clientNetwork, Instant since) {
        return repository.countFrom(clientNetwork, since);
    }

    /**
     * One page of an evaluation's Record, newest first: every entry for its lead and readers,
     * only their own for its evaluators (asked of {@link RecordAccess}), nothing for anyone else.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AuditEvent> evaluationRecord(long evaluationId, AuditQuery query, int offset, int limit) {
        return repository.page(evaluationId, scoped(evaluationId, query), offset, limit);
    }

    /** The page of an evaluation's Record after an entry read before (for exports that read it all). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AuditEvent> evaluationRecordAfter(long evaluationId, AuditQuery query, AuditEvent last, int limit) {
        return repository.pageAfter(evaluationId, scoped(evaluationId, query), last, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int evaluationRecordCount(long evaluationId, AuditQuery query) {
        return repository.count(evaluationId, scoped(evaluationId, query));
    }

    /** Who appears in an evaluation's Record (for its lead and readers; an evaluator only themselves). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> evaluationRecordActors(long evaluationId) {
        return access().ownEntriesOnly(evaluationId).map(List::of)
                .orElseGet(() -> repository.actors(evaluationId));
    }

    /** One page of the trail outside any evaluation: sign-ins, refusals, users, the rubric library, vendors. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<AuditEvent> systemRecord(AuditQuery query, int offset, int limit) {
        return repository.page(null, query, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public int systemRecordCount(AuditQuery query) {
        return repository.count(null, query);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<String> systemRecordActors() {
        return repository.actors(null);
    }

    private AuditQuery scoped(long evaluationId, AuditQuery query) {
        return access().ownEntriesOnly(evaluationId)
                .map(query::byActor).orElse(query);
    }

    private RecordAccess access() {
        RecordAccess access = recordAccess.getIfAvailable();
        if (access == null) {
            throw new AccessDeniedException("No evaluation record without the evaluation feature");
        }
        return access;
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
