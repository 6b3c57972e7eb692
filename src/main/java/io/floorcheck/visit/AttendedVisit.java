package io.floorcheck.visit;

import java.time.LocalDateTime;

/**
 * A visit the current user attends, with what they owe for it: the site's wall-clock start and
 * zone, whether they score it now ({@code scoring}: the evaluation is open and they are one of
 * its evaluators — a lead or reader may attend without scoring), where
 * their conflict-of-interest declaration for the vendor stands (scoring waits for it), and their
 * visit scorecard's progress.
 */
public record AttendedVisit(long visitId, long evaluationId, String evaluationName, long vendorId,
        String vendorName, String siteCity, String siteZone, LocalDateTime startsAt, VisitStatus status,
        boolean scoring, Declaration declaration, CardProgress card) {

    /** The attendee's declaration for the visit's vendor, as far as scoring is concerned. */
    public enum Declaration {
        /** Not declared yet: scoring waits for it. */
        MISSING,
        /** A conflict declared (or a declaration changed) waits for the lead's decision. */
        PENDING,
        /** No conflict, or one the lead allowed: the attendee scores. */
        CLEARED,
        /** The lead excluded the attendee from this vendor: nothing to score. */
        EXCLUDED
    }

    /** Started or completed: from then on it is scored. */
    public boolean started() {
        return status == VisitStatus.IN_PROGRESS || status == VisitStatus.COMPLETED;
    }

    /** The person scores this visit now: they may, and it has started. */
    public boolean scoredNow() {
        return scoring && started();
    }
}
