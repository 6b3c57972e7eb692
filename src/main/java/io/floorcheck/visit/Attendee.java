package io.floorcheck.visit;

/** Someone going on the visit. */
public record Attendee(long userId, String name, String title) {
}
