package io.floorcheck.audit;

import java.util.Objects;

/**
 * What a feature asks the audit trail to record. Old and new values are free text (JSON or a
 * short description) so that the audit table never has to follow other tables' schemas.
 * {@code evaluationId} files the entry under its evaluation's Record; {@code marker} flags what
 * the record must point out ({@link AuditActions#AFTER_UNBLINDING}, {@link AuditActions#LATE});
 * {@code clientAddress} is set for sign-ins, where the trail shows where they came from.
 */
public record AuditEntry(String action, String entityType, String entityId, String oldValue, String newValue,
        String reason, Long evaluationId, String marker, String clientAddress) {

    public AuditEntry {
        Objects.requireNonNull(action, "action");
    }

    public static AuditEntry of(String action, String entityType, Object entityId) {
        return new AuditEntry(action, entityType, entityId == null ? null : String.valueOf(entityId), null, null, null,
                null, null, null);
    }

    public AuditEntry withValues(String oldValue, String newValue) {
        return new AuditEntry(action, entityType, entityId, oldValue, newValue, reason, evaluationId, marker,
                clientAddress);
    }

    public AuditEntry withReason(String reason) {
        return new AuditEntry(action, entityType, entityId, oldValue, newValue, reason, evaluationId, marker,
                clientAddress);
    }

    /** Files the entry under an evaluation's Record. */
    public AuditEntry in(long evaluationId) {
        return new AuditEntry(action, entityType, entityId, oldValue, newValue, reason, evaluationId, marker,
                clientAddress);
    }

    public AuditEntry marked(String marker) {
        return new AuditEntry(action, entityType, entityId, oldValue, newValue, reason, evaluationId, marker,
                clientAddress);
    }

    public AuditEntry from(String clientAddress) {
        return new AuditEntry(action, entityType, entityId, oldValue, newValue, reason, evaluationId, marker,
                clientAddress);
    }
}
