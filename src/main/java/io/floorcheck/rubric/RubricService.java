package io.floorcheck.rubric;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.floorcheck.base.RuleViolation;
import io.floorcheck.rubric.internal.RubricRepository;
import io.floorcheck.security.CurrentUser;
import io.floorcheck.security.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rubric library's API. Every signed-in user may read published rubrics: teams review a
 * rubric before their visits, exactly as evaluators will see it. Drafts are their authors'
 * (procurement and administrators): to everyone else a draft does not exist.
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
        boolean author = mayAuthor();
        return rubrics.library().stream()
                .filter(rubric -> author || rubric.latestPublishedVersionId() != null)
                .map(rubric -> author ? rubric : rubric.withoutDraft())
                .map(rubric -> rubric.withEvaluations(used.getOrDefault(rubric.id(), 0)))
                .sorted(Comparator.comparing(RubricSummary::purpose).thenComparing(RubricSummary::name))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public RubricVersion version(long versionId) {
        return rubrics.version(versionId).filter(version -> version.status() != VersionStatus.DRAFT || mayAuthor())
                .orElseThrow(() -> new RuleViolation("rubrics.error.versionNotFound"));
    }

    /**
     * How many criteria (gates included) each version has, for counting a card's progress
     * without reading the rubric; versions not found are absent.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Integer> criterionCounts(java.util.Collection<Long> versionIds) {
        return versionIds.isEmpty() ? Map.of() : rubrics.criterionCounts(versionIds);
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
        boolean author = mayAuthor();
        return rubrics.history(rubricId).stream().filter(v -> author || v.status() != VersionStatus.DRAFT).toList();
    }

    /** Procurement and administrators write rubrics, so they read drafts too. */
    private static boolean mayAuthor() {
        return CurrentUser.account().map(account -> account.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.ADMIN)
                        || a.getAuthority().equals("ROLE_" + Roles.PROCUREMENT))).orElse(false);
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
