package io.floorcheck.user;

/** A new user and the first password the administrator must hand over; shown once, never stored in clear. */
public record CreatedUser(UserAccount user, String initialPassword) {
}
