package io.floorcheck.rubric;

import java.util.List;

/**
 * One difference between two versions of a rubric: a section or criterion added, removed or
 * changed (with what changed, before and after). Sections and criteria are matched by code.
 */
public record RubricChange(Kind kind, Target target, String code, String title, List<FieldChange> fields) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public enum Target { VERSION, SECTION, CRITERION }

    /** A field is a message-key suffix: title, guidance, weight, scale, na, gate, passCondition, levels, section… */
    public record FieldChange(String field, String before, String after) {
    }

    public RubricChange {
        fields = List.copyOf(fields);
    }
}
