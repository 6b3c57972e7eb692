package io.floorcheck.rubric;

/**
 * A rubric as the library lists it. The latest published version is absent for a rubric that
 * has only a draft so far; the draft is absent unless someone is preparing a new version.
 * Evaluations counts the evaluations that use any of its versions.
 */
public record RubricSummary(long id, String name, RubricPurpose purpose, String description, boolean shipped,
        Integer latestPublishedNumber, Long latestPublishedVersionId, Integer draftNumber, Long draftVersionId,
        int evaluations) {

    /** The summary as a reader who may not see drafts gets it. */
    public RubricSummary withoutDraft() {
        return new RubricSummary(id, name, purpose, description, shipped, latestPublishedNumber,
                latestPublishedVersionId, null, null, evaluations);
    }

    public RubricSummary withEvaluations(int count) {
        return new RubricSummary(id, name, purpose, description, shipped, latestPublishedNumber,
                latestPublishedVersionId, draftNumber, draftVersionId, count);
    }
}
