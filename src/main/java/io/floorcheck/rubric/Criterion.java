package io.floorcheck.rubric;

import java.math.BigDecimal;
import java.util.List;

/**
 * One thing to score. A gate is pass/fail with a pass condition and no weight; any other
 * criterion has a weight relative to its section's other criteria and a scale. Levels are
 * empty when the section describes the levels for all its criteria.
 */
public record Criterion(String code, String title, String guidance, BigDecimal weight, int scaleMin, int scaleMax,
        boolean naAllowed, boolean gate, String passCondition, List<Level> levels) {

    public Criterion {
        levels = List.copyOf(levels);
    }
}
