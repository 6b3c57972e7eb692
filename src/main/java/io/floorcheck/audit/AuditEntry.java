package io.floorcheck.audit;

import java.util.Objects;

/**
 * What a feature asks the audit trail to record. Old and new values are free text (JSON or a
 * short description) so that the audit table never has to follow other tables' schemas.
 * {@code clientAddress} is set for sign-ins, where the trail shows where they came from.
 */
public record AuditEntry(String action, String entityType, String entityId, String oldValue, String newValue,
        String reason, String clientAddress) {

    public AuditEntry {
        Objects.requireNonNull(action, "action");
    }

    public static AuditEntry of(String action, String entityType, Object entityId) {
        return new AuditEntry(action, entityType, entityId == null ? null : String.valueOf(entityId), null, null, null,
                null);
    }

    public AuditEntry withValues(String oldValue, String newValue) {
        return new AuditEntry(action, entityType, entityId, oldValue, newValue, reason, clientAddress);
    }

    public AuditEntry withReason(String reason) {
        return new AuditEntry(action, entityType, entityId, oldValue, newValue, reason, clientAddress);
    }

    public AuditEntry from(String clientAddress) {
        return new AuditEntry(action, entityType, entityId, oldValue, newValue, reason, clientAddress);
    }
}
