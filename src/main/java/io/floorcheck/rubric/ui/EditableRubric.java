package io.floorcheck.rubric.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.EvidenceRule;
import io.floorcheck.rubric.Level;
import io.floorcheck.rubric.RubricContent;
import io.floorcheck.rubric.RubricSection;

/**
 * The editor's working copy of a draft: mutable, so a field can change one value, and
 * convertible to the immutable content the service saves. Reordering and moving criteria
 * between sections happen here.
 */
final class EditableRubric implements Serializable {

    String scaleGuidance;
    Integer evidenceAtMost;
    Integer evidenceAtLeast;
    String changeNote;
    final List<SectionDraft> sections = new ArrayList<>();

    static EditableRubric of(RubricContent content, String changeNote) {
        EditableRubric rubric = new EditableRubric();
        rubric.scaleGuidance = content.scaleGuidance();
        rubric.evidenceAtMost = content.evidenceRule().atMost();
        rubric.evidenceAtLeast = content.evidenceRule().atLeast();
        rubric.changeNote = changeNote;
        content.sections().forEach(section -> rubric.sections.add(SectionDraft.of(section)));
        return rubric;
    }

    RubricContent toContent() {
        return new RubricContent(scaleGuidance, new EvidenceRule(evidenceAtMost, evidenceAtLeast),
                sections.stream().map(SectionDraft::toSection).toList());
    }

    SectionDraft addSection() {
        Set<String> used = new HashSet<>();
        sections.forEach(s -> used.add(s.code));
        int next = sections.size() + 1;
        while (used.contains(String.valueOf(next))) {
            next++;
        }
        SectionDraft section = new SectionDraft();
        section.code = String.valueOf(next);
        section.title = "";
        // A new section takes what is left of the 100; with nothing left the author decides.
        BigDecimal remaining = RubricContentMath.remaining(this);
        section.weight = remaining.signum() > 0 ? remaining : null;
        sections.add(section);
        addCriterion(section);
        return section;
    }

    CriterionDraft addCriterion(SectionDraft section) {
        Set<String> used = new HashSet<>();
        sections.forEach(s -> s.criteria.forEach(c -> used.add(c.code)));
        int next = section.criteria.size() + 1;
        while (used.contains(section.code + "." + next)) {
            next++;
        }
        CriterionDraft criterion = new CriterionDraft();
        criterion.code = section.code + "." + next;
        criterion.title = "";
        criterion.weight = BigDecimal.ONE;
        criterion.scaleMin = 1;
        criterion.scaleMax = 5;
        criterion.naAllowed = true;
        section.criteria.add(criterion);
        return criterion;
    }

    /** Moves a section one place up (-1) or down (+1); does nothing at the ends. */
    void moveSection(SectionDraft section, int by) {
        move(sections, section, by);
    }

    /** Moves a criterion within its section, or into the neighbouring section at its ends. */
    void moveCriterion(CriterionDraft criterion, int by) {
        SectionDraft from = sectionOf(criterion);
        int index = from.criteria.indexOf(criterion);
        int target = index + by;
        if (target >= 0 && target < from.criteria.size()) {
            move(from.criteria, criterion, by);
            return;
        }
        int sectionIndex = sections.indexOf(from) + by;
        if (sectionIndex < 0 || sectionIndex >= sections.size()) {
            return;
        }
        from.criteria.remove(criterion);
        SectionDraft to = sections.get(sectionIndex);
        if (by < 0) {
            to.criteria.add(criterion);
        } else {
            to.criteria.addFirst(criterion);
        }
    }

    /** Drag and drop: puts a criterion just before another (possibly in another section). */
    void placeCriterionBefore(CriterionDraft moved, CriterionDraft target) {
        if (moved == target) {
            return;
        }
        sectionOf(moved).criteria.remove(moved);
        SectionDraft to = sectionOf(target);
        to.criteria.add(to.criteria.indexOf(target), moved);
    }

    /** Drag and drop: puts a criterion at the end of a section. */
    void placeCriterionLast(CriterionDraft moved, SectionDraft target) {
        sectionOf(moved).criteria.remove(moved);
        target.criteria.add(moved);
    }

    /** Drag and drop: puts a section just before another. */
    void placeSectionBefore(SectionDraft moved, SectionDraft target) {
        if (moved == target) {
            return;
        }
        sections.remove(moved);
        sections.add(sections.indexOf(target), moved);
    }

    SectionDraft sectionOf(CriterionDraft criterion) {
        return sections.stream().filter(s -> s.criteria.contains(criterion)).findFirst().orElseThrow();
    }

    private static <T> void move(List<T> list, T item, int by) {
        int index = list.indexOf(item);
        int target = index + by;
        if (index < 0 || target < 0 || target >= list.size()) {
            return;
        }
        list.remove(index);
        list.add(target, item);
    }

    /** The scale a section's own descriptors cover: that of its scored criteria, 1–5 when it has none. */
    static List<Integer> levelsOf(SectionDraft section) {
        var scored = section.criteria.stream().filter(c -> !c.gate).toList();
        int min = scored.stream().mapToInt(c -> c.scaleMin).min().orElse(1);
        int max = scored.stream().mapToInt(c -> c.scaleMax).max().orElse(5);
        return min < max ? IntStream.rangeClosed(min, max).boxed().toList() : List.of();
    }

    static final class SectionDraft implements Serializable {
        String code;
        String title;
        String guidance;
        BigDecimal weight;
        final TreeMap<Integer, String> levels = new TreeMap<>();
        final List<CriterionDraft> criteria = new ArrayList<>();

        static SectionDraft of(RubricSection source) {
            SectionDraft section = new SectionDraft();
            section.code = source.code();
            section.title = source.title();
            section.guidance = source.guidance();
            section.weight = source.weight();
            source.levels().forEach(level -> section.levels.put(level.score(), level.descriptor()));
            source.criteria().forEach(criterion -> section.criteria.add(CriterionDraft.of(criterion)));
            return section;
        }

        RubricSection toSection() {
            return new RubricSection(code, title, guidance, weight, levels(levels),
                    criteria.stream().map(CriterionDraft::toCriterion).toList());
        }

        boolean gatesOnly() {
            return !criteria.isEmpty() && criteria.stream().allMatch(c -> c.gate);
        }
    }

    static final class CriterionDraft implements Serializable {
        String code;
        String title;
        String guidance;
        BigDecimal weight;
        /** The weight a criterion had before it became a gate, restored if it stops being one. */
        BigDecimal weightBeforeGate;
        int scaleMin;
        int scaleMax;
        boolean naAllowed;
        boolean gate;
        String passCondition;
        boolean upsellMinimum;
        final TreeMap<Integer, String> levels = new TreeMap<>();

        static CriterionDraft of(Criterion source) {
            CriterionDraft criterion = new CriterionDraft();
            criterion.code = source.code();
            criterion.title = source.title();
            criterion.guidance = source.guidance();
            criterion.weight = source.weight();
            criterion.scaleMin = source.scaleMin();
            criterion.scaleMax = source.scaleMax();
            criterion.naAllowed = source.naAllowed();
            criterion.gate = source.gate();
            criterion.passCondition = source.passCondition();
            criterion.upsellMinimum = source.upsellMinimum();
            source.levels().forEach(level -> criterion.levels.put(level.score(), level.descriptor()));
            return criterion;
        }

        void setGate(boolean gate) {
            if (gate == this.gate) {
                return;
            }
            this.gate = gate;
            if (gate) {
                weightBeforeGate = weight;
                weight = null;
                passCondition = passCondition == null ? "" : passCondition;
            } else {
                weight = weightBeforeGate == null ? BigDecimal.ONE : weightBeforeGate;
                passCondition = null;
            }
        }

        Criterion toCriterion() {
            // Descriptors of levels outside the scale (left from before it was narrowed) are dropped.
            TreeMap<Integer, String> inScale = scaleMin <= scaleMax
                    ? new TreeMap<>(levels.subMap(scaleMin, true, scaleMax, true)) : new TreeMap<>();
            return new Criterion(code, title, guidance, gate ? null : weight, scaleMin, scaleMax, naAllowed, gate,
                    gate ? passCondition : null, !gate && upsellMinimum, gate ? List.of() : levels(inScale));
        }
    }

    private static List<Level> levels(TreeMap<Integer, String> levels) {
        return levels.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> new Level(e.getKey(), e.getValue())).toList();
    }
}
