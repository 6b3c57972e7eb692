package io.floorcheck.rubric;

import java.util.Map;

/**
 * How many evaluations use each rubric: implemented by the evaluation feature, declared here
 * so that the library can show it without depending on evaluations.
 */
public interface RubricUsage {

    /** Evaluations per rubric id (any of its versions); rubrics no evaluation uses are absent. */
    Map<Long, Integer> evaluationsByRubric();
}
