package io.floorcheck.visit;

import java.time.LocalDateTime;

import io.floorcheck.base.Text;

/** Where and when: a site of a candidate, at a wall-clock time in the site's own time zone. */
public record VisitPlan(long vendorId, long siteId, LocalDateTime startsAt, String notes) {

    public static final int NOTES_LENGTH = 4000;

    public VisitPlan {
        notes = Text.cleanOrNull(notes);
    }
}
