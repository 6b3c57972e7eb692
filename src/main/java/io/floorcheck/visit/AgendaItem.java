package io.floorcheck.visit;

import java.time.LocalTime;

/**
 * One item of a visit's agenda, at a time of day at the site. For floor shadowing it names
 * which attendee sits with which agent, team or queue; the focus group is held without managers.
 */
public record AgendaItem(AgendaKind kind, LocalTime startsAt, String title, Long attendeeId, String withWhom,
        String notes) {
}
