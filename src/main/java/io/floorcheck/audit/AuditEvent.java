package io.floorcheck.audit;

import java.time.Instant;

/** One recorded event, as read back from the trail. */
public record AuditEvent(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
        String oldValue, String newValue, String reason, Long evaluationId, String marker, String clientAddress) {
}
