package io.floorcheck.rubric;

import io.floorcheck.base.Text;

/** What it takes to start a rubric from scratch (or from an imported file). */
public record NewRubric(String name, RubricPurpose purpose, String description) {

    public static final int NAME_LENGTH = 160;
    public static final int DESCRIPTION_LENGTH = 4000;

    public NewRubric {
        name = Text.line(name);
        description = Text.cleanOrNull(description);
    }
}
