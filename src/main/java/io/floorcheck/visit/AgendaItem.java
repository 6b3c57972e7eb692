package io.floorcheck.visit;

import java.time.LocalTime;

import io.floorcheck.base.Text;

/**
 * One item of a visit's agenda, at a time of day at the site. For floor shadowing it names
 * which attendee sits with which agent, team or queue; the focus group is held without managers.
 */
public record AgendaItem(AgendaKind kind, LocalTime startsAt, String title, Long attendeeId, String withWhom,
        String notes) {

    public static final int TITLE_LENGTH = 200;
    public static final int NOTES_LENGTH = 2000;

    public AgendaItem {
        title = Text.line(title);
        withWhom = Text.lineOrNull(withWhom);
        notes = Text.cleanOrNull(notes);
    }
}
