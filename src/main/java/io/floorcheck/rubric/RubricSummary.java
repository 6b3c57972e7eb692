package io.floorcheck.rubric;

/**
 * A rubric as the library lists it. The latest published version is absent for a rubric that
 * has only drafts so far.
 */
public record RubricSummary(long id, String name, RubricPurpose purpose, String description, boolean shipped,
        Integer latestPublishedNumber, Long latestPublishedVersionId) {
}
