package io.floorcheck.rubric;

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
        return rubrics.library();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public RubricVersion version(long versionId) {
        return rubrics.version(versionId).orElseThrow(() -> new RuleViolation("rubrics.error.versionNotFound"));
    }
}
