package io.floorcheck.rubric;

import java.math.BigDecimal;
import java.util.List;

/**
 * One thing to score. A gate is pass/fail with a pass condition and no weight; any other
 * criterion has a weight relative to its section's other criteria and a scale. Levels are
 * empty when the section describes the levels for all its criteria. {@code upsellMinimum}: on a
 * recommendation the lead flags as an upsell, the criterion takes its scale minimum, whatever
 * was scored or agreed.
 */
public record Criterion(String code, String title, String guidance, BigDecimal weight, int scaleMin, int scaleMax,
        boolean naAllowed, boolean gate, String passCondition, boolean upsellMinimum, List<Level> levels) {

    public Criterion {
        levels = List.copyOf(levels);
    }

    /** A criterion without the upsell rule. */
    public Criterion(String code, String title, String guidance, BigDecimal weight, int scaleMin, int scaleMax,
            boolean naAllowed, boolean gate, String passCondition, List<Level> levels) {
        this(code, title, guidance, weight, scaleMin, scaleMax, naAllowed, gate, passCondition, false, levels);
    }
}
