package io.floorcheck.rubric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A group of criteria with a share of the rubric total ({@code weight}, null for a section of
 * gate items only) and, optionally, level descriptors that apply to all its criteria.
 */
public record RubricSection(String code, String title, String guidance, BigDecimal weight, List<Level> levels,
        List<Criterion> criteria) {

    public RubricSection {
        levels = List.copyOf(levels);
        criteria = List.copyOf(criteria);
    }

    /** The descriptors an evaluator sees for a criterion: its own, else the section's. */
    public List<Level> descriptorsFor(Criterion criterion) {
        return criterion.levels().isEmpty() ? levels : criterion.levels();
    }

    /**
     * A criterion's share of the rubric total in percent points: criteria weights are
     * normalised within the section, then take the section's share.
     */
    public BigDecimal shareOfTotal(Criterion criterion) {
        if (weight == null || criterion.gate() || criterion.weight() == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal sectionSum = criteria.stream().filter(c -> !c.gate()).map(Criterion::weight)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sectionSum.signum() <= 0) {
            // Only while a draft is being edited: published weights are positive.
            return BigDecimal.ZERO;
        }
        return weight.multiply(criterion.weight()).divide(sectionSum, 2, RoundingMode.HALF_UP);
    }

    public boolean gatesOnly() {
        return criteria.stream().allMatch(Criterion::gate);
    }
}
