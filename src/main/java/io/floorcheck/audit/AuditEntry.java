package io.floorcheck.audit;

import java.util.Objects;

/**
 * What a feature asks the audit trail to record. Old and new values are free text (JSON or a
 * short description) so that the audit table never has to follow other tables' schemas.
 */
public record AuditEntry(String action, String entityType, String entityId, String oldValue, String newValue,
        String reason) {

    public AuditEntry {
        Objects.requireNonNull(action, "action");
    }

    public static AuditEntry of(String action, String entityType, Object entityId) {
        return new AuditEntry(action, entityType, entityId == null ? null : String.valueOf(entityId), null, null, null);
    }

    public AuditEntry withValues(String oldValue, String newValue) {
        return new AuditEntry(action, entityType, entityId, oldValue, newValue, reason);
    }

    public AuditEntry withReason(String reason) {
        return new AuditEntry(action, entityType, entityId, oldValue, newValue, reason);
    }
}
