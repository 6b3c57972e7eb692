package io.floorcheck.evaluation;

import java.time.Instant;

/**
 * An evaluator's declaration about one candidate: no conflict, or a conflict with what it is.
 * A conflict excludes them from that vendor unless a lead recorded a mitigation with a reason.
 * The version makes a lead's decision apply to the declaration they read, not a newer one.
 */
public record CoiDeclaration(long userId, String userName, long vendorId, String vendorName, boolean conflict,
        String description, Instant declaredAt, String mitigationReason, String mitigatedBy, Instant mitigatedAt,
        int version) {

    public boolean excludes() {
        return conflict && mitigationReason == null;
    }
}
