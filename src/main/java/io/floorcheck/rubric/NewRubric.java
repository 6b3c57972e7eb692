package io.floorcheck.rubric;

/** What it takes to start a rubric from scratch (or from an imported file). */
public record NewRubric(String name, RubricPurpose purpose, String description) {

    public static final int NAME_LENGTH = 160;
}
