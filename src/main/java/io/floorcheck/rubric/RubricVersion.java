package io.floorcheck.rubric;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One version of a rubric, whole: exactly what an evaluator scores against. The revision
 * counts saves of a draft, so two editors of one draft cannot overwrite each other unseen.
 */
public record RubricVersion(long id, long rubricId, String rubricName, RubricPurpose purpose, int number,
        VersionStatus status, String scaleGuidance, EvidenceRule evidenceRule, Instant publishedAt,
        List<RubricSection> sections, int revision) {

    public RubricVersion {
        sections = List.copyOf(sections);
    }

    public RubricContent content() {
        return new RubricContent(scaleGuidance, evidenceRule, sections);
    }

    public boolean isDraft() {
        return status == VersionStatus.DRAFT;
    }

    /** The sum of the weighted sections' shares; 100 for a valid version. */
    public BigDecimal totalWeight() {
        return sections.stream().map(RubricSection::weight).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long gateCount() {
        return sections.stream().flatMap(section -> section.criteria().stream()).filter(Criterion::gate).count();
    }
}
