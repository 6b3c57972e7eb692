package io.floorcheck.visit;

import java.time.LocalDateTime;
import java.util.List;

import io.floorcheck.vendor.VendorSite;

/** A visit as its evaluation's members see it. */
public record Visit(long id, int version, long evaluationId, String evaluationName, long vendorId, String vendorName,
        VendorSite site, LocalDateTime startsAt, VisitStatus status, String notes, String cancelReason,
        List<Attendee> attendees, List<AgendaItem> agenda, VisitIntegrity integrity, boolean iAttend,
        boolean iLead) {

    public Visit {
        attendees = List.copyOf(attendees);
        agenda = List.copyOf(agenda);
    }
}
