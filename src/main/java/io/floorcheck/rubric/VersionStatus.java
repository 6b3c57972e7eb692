package io.floorcheck.rubric;

/** Only a draft changes; a published version is frozen; a retired one is no longer offered for new evaluations. */
public enum VersionStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
