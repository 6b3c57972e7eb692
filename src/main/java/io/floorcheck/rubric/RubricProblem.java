package io.floorcheck.rubric;

import java.util.List;

/**
 * One thing wrong with a rubric's content, with where it is so an editor can show the message
 * next to the field: section and criterion are positions (from 0), -1 where not applicable.
 * The key and arguments name a message of the messages bundle.
 */
public record RubricProblem(Place place, int section, int criterion, String key, List<Object> args) {

    /** The field a problem belongs to. */
    public enum Place {
        SECTIONS, TOTAL, EVIDENCE,
        SECTION_CODE, SECTION_TITLE, SECTION_WEIGHT, SECTION_LEVELS, SECTION_CRITERIA,
        CODE, TITLE, WEIGHT, SCALE, PASS_CONDITION, LEVELS
    }

    public RubricProblem {
        args = List.copyOf(args);
    }

    static RubricProblem version(Place place, String key, Object... args) {
        return new RubricProblem(place, -1, -1, key, List.of(args));
    }

    static RubricProblem section(Place place, int section, String key, Object... args) {
        return new RubricProblem(place, section, -1, key, List.of(args));
    }

    static RubricProblem criterion(Place place, int section, int criterion, String key, Object... args) {
        return new RubricProblem(place, section, criterion, key, List.of(args));
    }

    public boolean isAt(Place where, int sectionIndex, int criterionIndex) {
        return place == where && section == sectionIndex && criterion == criterionIndex;
    }
}
