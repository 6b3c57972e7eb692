package io.floorcheck.evaluation;

/** A team member of one evaluation. */
public record Member(long userId, String name, String title, MemberRole role) {
}
