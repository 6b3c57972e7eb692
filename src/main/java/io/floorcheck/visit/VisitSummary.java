package io.floorcheck.visit;

import java.time.LocalDateTime;
import java.util.List;

/** A visit in its evaluation's list. */
public record VisitSummary(long id, String vendorName, String siteCity, String siteZone, LocalDateTime startsAt,
        VisitStatus status, List<String> attendees) {

    public VisitSummary {
        attendees = List.copyOf(attendees);
    }
}
