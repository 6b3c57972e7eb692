package io.floorcheck.rubric.ui;

import java.math.BigDecimal;

import io.floorcheck.rubric.RubricRules;

/** The weight arithmetic the editor shows while a draft is edited. */
final class RubricContentMath {

    private RubricContentMath() {
    }

    static BigDecimal total(EditableRubric rubric) {
        return RubricRules.totalWeight(rubric.toContent());
    }

    /** What is left to reach 100, so a new section starts with the rest. */
    static BigDecimal remaining(EditableRubric rubric) {
        return RubricRules.TOTAL.subtract(total(rubric));
    }
}
