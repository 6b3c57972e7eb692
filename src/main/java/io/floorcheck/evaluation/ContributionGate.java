package io.floorcheck.evaluation;

/**
 * Why the current user may not contribute for a vendor right now (score, log calls, capture or
 * edit recommendations): a message key, and whether the way on is their declaration for the
 * vendor, so a view can link straight to it.
 */
public record ContributionGate(String messageKey, long evaluationId, long vendorId, boolean aboutDeclaration) {

    /** The address of the evaluation page with the declaration for the vendor open. */
    public String declarationPath() {
        return "evaluations/view/" + evaluationId + "?declare=" + vendorId;
    }
}
