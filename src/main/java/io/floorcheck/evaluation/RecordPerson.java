package io.floorcheck.evaluation;

/** Someone who appears in a Record, to filter by: their login and the name shown. */
public record RecordPerson(String login, String name) {
}
