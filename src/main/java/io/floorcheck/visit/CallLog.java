package io.floorcheck.visit;

import java.util.List;

import io.floorcheck.evaluation.ContributionGate;

/**
 * The calls observed during one visit and their figures, with the site's time zone their times
 * are in. {@code mayLog}: the current user logs and corrects their own calls now (an attendee
 * while the visit is under way); {@code mayCorrect}: the lead corrects the log of a completed
 * visit, with a reason, marked late. {@code gate} says why an attendee may not log calls for the
 * vendor now (null when they may, and for everyone else).
 */
public record CallLog(List<ObservedCall> calls, CallFigures figures, String siteZone, boolean mayLog,
        boolean mayCorrect, ContributionGate gate) {

    public CallLog {
        calls = List.copyOf(calls);
    }

    /** The same calls as a log nobody may change (a submitted scorecard's view of it). */
    public CallLog readOnly() {
        return new CallLog(calls, figures, siteZone, false, false, null);
    }
}
