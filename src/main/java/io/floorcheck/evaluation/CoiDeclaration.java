package io.floorcheck.evaluation;

import java.time.Instant;

/**
 * An evaluator's declaration about one candidate: no conflict, or a conflict with what it is,
 * and where it stands with the lead ({@link CoiReview}): a declared conflict, or any declaration
 * changed after the lead decided, waits for the lead, who allows it with a mitigation or
 * excludes the evaluator from the vendor, for a recorded reason. The version makes a lead's
 * decision apply to the declaration they read, not a newer one.
 */
public record CoiDeclaration(long userId, String userName, long vendorId, String vendorName, boolean conflict,
        String description, Instant declaredAt, CoiReview review, String decisionReason, String decidedBy,
        Instant decidedAt, int version) {

    /** The longest description of a conflict. */
    public static final int DESCRIPTION_LENGTH = 2000;

    /** The evaluator may not contribute for the vendor: waiting for the lead, or excluded. */
    public boolean excludes() {
        return !review.mayContribute();
    }

    public boolean pending() {
        return review == CoiReview.PENDING;
    }
}
