package io.floorcheck.rubric;

import java.time.Instant;

/** A line of a rubric's version history. */
public record VersionSummary(long id, int number, VersionStatus status, Instant createdAt, Instant publishedAt,
        String changeNote) {
}
