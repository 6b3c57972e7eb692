package io.floorcheck.recommendation;

import java.time.LocalDateTime;
import java.util.List;

import io.floorcheck.evaluation.ContributionGate;

/**
 * The leadership debrief of a visit as the current user sees it: the recommendations in the
 * order they were made, whether the user may capture (an attendee, once the visit has started,
 * while the evaluation is open) and whether they curate (the lead merges and flags).
 */
public record Debrief(long visitId, long evaluationId, long vendorId, String vendorName, String siteCity, String siteZone,
        LocalDateTime startsAt, boolean attending,
        boolean mayCapture, boolean mayCurate, List<Recommendation> recommendations, ContributionGate gate) {

    public Debrief {
        recommendations = List.copyOf(recommendations);
    }

    /** The names of the vendor executives who have proposed something so far, for quick capture. */
    public List<String> proposers() {
        return recommendations.stream().map(r -> r.details().proposerName()).filter(n -> n != null && !n.isBlank())
                .distinct().sorted().toList();
    }
}
