package io.floorcheck.rubric;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.floorcheck.base.RuleViolation;
import io.floorcheck.rubric.internal.RubricRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rubric library's API. Every signed-in user may read rubrics: teams review a rubric
 * before their visits, exactly as evaluators will see it.
 */
@Service
public class RubricService {

    private final RubricRepository rubrics;
    private final ObjectProvider<RubricUsage> usage;

    RubricService(RubricRepository rubrics, ObjectProvider<RubricUsage> usage) {
        this.rubrics = rubrics;
        this.usage = usage;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RubricSummary> library() {
        // In the order of the journey: the visit rubric first, then the leadership ones.
        Map<Long, Integer> used = usage.getIfAvailable(() -> Map::of).evaluationsByRubric();
        return rubrics.library().stream()
                .map(rubric -> rubric.withEvaluations(used.getOrDefault(rubric.id(), 0)))
                .sorted(Comparator.comparing(RubricSummary::purpose).thenComparing(RubricSummary::name))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public RubricVersion version(long versionId) {
        return rubrics.version(versionId).orElseThrow(() -> new RuleViolation("rubrics.error.versionNotFound"));
    }

    /** Which rubric and version an id is, without reading its content. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public VersionChoice choice(long versionId) {
        return rubrics.choice(versionId).orElseThrow(() -> new RuleViolation("rubrics.error.versionNotFound"));
    }

    /** The published versions an evaluation may choose for a purpose. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<VersionChoice> published(RubricPurpose purpose) {
        return rubrics.published(purpose);
    }

    /** Every version of the rubric, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<VersionSummary> history(long rubricId) {
        return rubrics.history(rubricId);
    }

    /** What changed from one version of a rubric to another. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RubricChange> diff(long fromVersionId, long toVersionId) {
        RubricVersion from = version(fromVersionId);
        RubricVersion to = version(toVersionId);
        if (from.rubricId() != to.rubricId()) {
            throw new RuleViolation("rubrics.error.otherRubric");
        }
        return RubricDiff.between(from.content(), to.content());
    }
}
