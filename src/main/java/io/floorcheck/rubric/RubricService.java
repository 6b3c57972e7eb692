package io.floorcheck.rubric;

import java.util.Comparator;
import java.util.List;

import io.floorcheck.base.RuleViolation;
import io.floorcheck.rubric.internal.RubricRepository;
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

    RubricService(RubricRepository rubrics) {
        this.rubrics = rubrics;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RubricSummary> library() {
        // In the order of the journey: the visit rubric first, then the leadership ones.
        return rubrics.library().stream()
                .sorted(Comparator.comparing(RubricSummary::purpose).thenComparing(RubricSummary::name))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public RubricVersion version(long versionId) {
        return rubrics.version(versionId).orElseThrow(() -> new RuleViolation("rubrics.error.versionNotFound"));
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
