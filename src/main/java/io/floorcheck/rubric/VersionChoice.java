package io.floorcheck.rubric;

/** A published version offered when an evaluation picks its rubrics. */
public record VersionChoice(long versionId, long rubricId, String rubricName, int number, RubricPurpose purpose) {
}
