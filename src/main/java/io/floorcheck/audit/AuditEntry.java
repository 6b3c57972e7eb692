package io.floorcheck.audit;

import java.util.Objects;

/**
 * What a feature asks the audit trail to record. Old and new values are free text (JSON or a
 * short description) so that the audit table never has to follow other tables' schemas.
 * {@code evaluationId} files the entry under its evaluation's Record; {@code marker} flags what
 * the record must point out ({@link AuditActions#AFTER_UNBLINDING}, {@link AuditActions#LATE});
 * {@code clientAddress} is set for sign-ins, where the trail shows where they came from, with
 * {@code clientNetwork}, the client as sign-in throttling counts it (an IPv6 client by its /64),
 * by which anonymous clients' rows are capped.
 */
public record AuditEntry(String action, String entityType, String entityId, String oldValue, String newValue,
        String reason, Long evaluationId, String marker, String clientAddress, String clientNetwork) {

    public AuditEntry {
        Objects.requireNonNull(action, "action");
    }

    public static AuditEntry of(String action, String entityType, Object entityId) {
        return new AuditEntry(action, entityType, entityId == null ? null : String.valueOf(entityId), null, null, null,
                null, null, null, null);
    }

    public AuditEntry withValues(String oldValue, String newValue) {
        return new AuditEntry(action, entityType, entityId, oldValue, newValue, reason, evaluationId, marker,
                clientAddress, clientNetwork);
    }

    public AuditEntry withReason(String reason) {
        return new AuditEntry(action, entityType, entityId, oldValue, newValue, reason, evaluationId, marker,
                clientAddress, clientNetwork);
    }

    /** Files the entry under an evaluation's Record. */
    public AuditEntry in(long evaluationId) {
        return new AuditEntry(action, entityType, entityId, oldValue, newValue, reason, evaluationId, marker,
                clientAddress, clientNetwork);
    }

    public AuditEntry marked(String marker) {
        return new AuditEntry(action, entityType, entityId, oldValue, newValue, reason, evaluationId, marker,
                clientAddress, clientNetwork);
    }

    /** Where a sign-in came from: the address as the server saw it, and the client it counts as. */
    public AuditEntry from(String clientAddress, String clientNetwork) {
        return new AuditEntry(action, entityType, entityId, oldValue, newValue, reason, evaluationId, marker,
                clientAddress, clientNetwork);
    }
}
