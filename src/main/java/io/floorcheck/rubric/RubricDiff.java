package io.floorcheck.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.floorcheck.rubric.RubricChange.FieldChange;
import io.floorcheck.rubric.RubricChange.Kind;
import io.floorcheck.rubric.RubricChange.Target;

/**
 * What changed from one version of a rubric to another, in the order of the newer version
 * (removed items follow): what a reviewer needs before accepting a new version.
 */
public final class RubricDiff {

    private RubricDiff() {
    }

    public static List<RubricChange> between(RubricContent before, RubricContent after) {
        List<RubricChange> changes = new ArrayList<>();
        List<FieldChange> versionFields = new ArrayList<>();
        compare(versionFields, "scaleGuidance", before.scaleGuidance(), after.scaleGuidance());
        compare(versionFields, "evidence", evidence(before.evidenceRule()), evidence(after.evidenceRule()));
        if (!versionFields.isEmpty()) {
            changes.add(new RubricChange(Kind.CHANGED, Target.VERSION, "", "", versionFields));
        }
        Map<String, RubricSection> oldSections = byCode(before.sections(), RubricSection::code);
        Map<String, RubricSection> newSections = byCode(after.sections(), RubricSection::code);
        Map<String, Located> oldCriteria = criteria(before);
        Map<String, Located> newCriteria = criteria(after);
        for (RubricSection section : after.sections()) {
            RubricSection old = oldSections.get(section.code());
            if (old == null) {
                changes.add(new RubricChange(Kind.ADDED, Target.SECTION, section.code(), section.title(), List.of()));
            } else {
                List<FieldChange> fields = new ArrayList<>();
                compare(fields, "title", old.title(), section.title());
                compare(fields, "guidance", old.guidance(), section.guidance());
                compare(fields, "weight", number(old.weight()), number(section.weight()));
                compare(fields, "levels", levels(old.levels()), levels(section.levels()));
                if (!fields.isEmpty()) {
                    changes.add(new RubricChange(Kind.CHANGED, Target.SECTION, section.code(), section.title(),
                            fields));
                }
            }
            for (Criterion criterion : section.criteria()) {
                Located was = oldCriteria.get(criterion.code());
                if (was == null) {
                    changes.add(new RubricChange(Kind.ADDED, Target.CRITERION, criterion.code(), criterion.title(),
                            List.of()));
                } else {
                    List<FieldChange> fields = criterionChanges(was, new Located(section, criterion));
                    if (!fields.isEmpty()) {
                        changes.add(new RubricChange(Kind.CHANGED, Target.CRITERION, criterion.code(),
                                criterion.title(), fields));
                    }
                }
            }
        }
        for (RubricSection section : before.sections()) {
            if (!newSections.containsKey(section.code())) {
                changes.add(new RubricChange(Kind.REMOVED, Target.SECTION, section.code(), section.title(),
                        List.of()));
            }
            for (Criterion criterion : section.criteria()) {
                if (!newCriteria.containsKey(criterion.code())) {
                    changes.add(new RubricChange(Kind.REMOVED, Target.CRITERION, criterion.code(),
                            criterion.title(), List.of()));
                }
            }
        }
        return changes;
    }

    private static List<FieldChange> criterionChanges(Located was, Located now) {
        Criterion a = was.criterion();
        Criterion b = now.criterion();
        List<FieldChange> fields = new ArrayList<>();
        compare(fields, "section", was.section().code(), now.section().code());
        compare(fields, "title", a.title(), b.title());
        compare(fields, "guidance", a.guidance(), b.guidance());
        compare(fields, "weight", number(a.weight()), number(b.weight()));
        // The weight that counts is the share of the total, which moves with the section's weight.
        compare(fields, "share", number(was.section().shareOfTotal(a)), number(now.section().shareOfTotal(b)));
        compare(fields, "scale", a.scaleMin() + "–" + a.scaleMax(), b.scaleMin() + "–" + b.scaleMax());
        compare(fields, "na", String.valueOf(a.naAllowed()), String.valueOf(b.naAllowed()));
        compare(fields, "upsell", String.valueOf(a.upsellMinimum()), String.valueOf(b.upsellMinimum()));
        compare(fields, "gate", String.valueOf(a.gate()), String.valueOf(b.gate()));
        compare(fields, "passCondition", a.passCondition(), b.passCondition());
        compare(fields, "levels", levels(a.levels()), levels(b.levels()));
        return fields;
    }

    private record Located(RubricSection section, Criterion criterion) {
    }

    private static Map<String, Located> criteria(RubricContent content) {
        Map<String, Located> located = new LinkedHashMap<>();
        content.sections().forEach(section -> section.criteria()
                .forEach(criterion -> located.put(criterion.code(), new Located(section, criterion))));
        return located;
    }

    private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
        return items.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static void compare(List<FieldChange> fields, String field, String before, String after) {
        String a = blankToNull(before);
        String b = blankToNull(after);
        if (!Objects.equals(a, b)) {
            fields.add(new FieldChange(field, a, b));
        }
    }

    private static String levels(List<Level> levels) {
        return levels.stream().map(level -> level.score() + ": " + level.descriptor())
                .collect(Collectors.joining("\n"));
    }

    private static String evidence(EvidenceRule rule) {
        return (rule.atMost() == null ? "–" : "≤ " + rule.atMost()) + " · "
                + (rule.atLeast() == null ? "–" : "≥ " + rule.atLeast());
    }

    private static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
