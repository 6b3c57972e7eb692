package io.floorcheck.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import io.floorcheck.rubric.RubricProblem.Place;

/**
 * What makes a rubric's content right. Two tiers: what any saved draft must satisfy (what the
 * database holds: unique codes, positive weights, a real scale, gates without weight), and
 * what a version must satisfy before evaluators may score against it (weights summing to 100,
 * a descriptor for every level, a pass condition for every gate, ...).
 */
public final class RubricRules {

    public static final BigDecimal TOTAL = new BigDecimal(100);
    public static final int CODE_LENGTH = 16;
    public static final int TITLE_LENGTH = 200;
    /** Guidance and level descriptors, the longest texts of a rubric. */
    public static final int TEXT_LENGTH = 4000;
    public static final int LOWEST_LEVEL = 0;
    public static final int HIGHEST_LEVEL = 10;
    /** DECIMAL(7, 3) in the database. */
    private static final BigDecimal WEIGHT_LIMIT = new BigDecimal("9999.999");

    private RubricRules() {
    }

    /** Problems that stop a draft from being saved at all. */
    public static List<RubricProblem> storable(RubricContent content) {
        List<RubricProblem> problems = new ArrayList<>();
        if (longer(content.scaleGuidance())) {
            problems.add(RubricProblem.version(Place.SECTIONS, "rubrics.rule.textLength", TEXT_LENGTH));
        }
        Set<String> sectionCodes = new HashSet<>();
        Set<String> criterionCodes = new HashSet<>();
        List<RubricSection> sections = content.sections();
        for (int s = 0; s < sections.size(); s++) {
            RubricSection section = sections.get(s);
            String code = trimmed(section.code());
            if (code.isEmpty()) {
                problems.add(RubricProblem.section(Place.SECTION_CODE, s, "rubrics.rule.codeMissing"));
            } else if (code.length() > CODE_LENGTH) {
                problems.add(RubricProblem.section(Place.SECTION_CODE, s, "rubrics.rule.codeLength", CODE_LENGTH));
            } else if (!sectionCodes.add(folded(code))) {
                problems.add(RubricProblem.section(Place.SECTION_CODE, s, "rubrics.rule.sectionCodeTwice", code));
            }
            if (trimmed(section.title()).length() > TITLE_LENGTH) {
                problems.add(RubricProblem.section(Place.SECTION_TITLE, s, "rubrics.rule.titleLength", TITLE_LENGTH));
            }
            if (section.weight() != null && !validWeight(section.weight())) {
                problems.add(RubricProblem.section(Place.SECTION_WEIGHT, s, "rubrics.rule.weightPositive"));
            }
            if (longer(section.guidance()) || section.levels().stream().anyMatch(level -> longer(level.descriptor()))) {
                problems.add(RubricProblem.section(Place.SECTION_TITLE, s, "rubrics.rule.textLength", TEXT_LENGTH));
            }
            for (int c = 0; c < section.criteria().size(); c++) {
                storableCriterion(section.criteria().get(c), s, c, criterionCodes, problems);
            }
        }
        return problems;
    }

    private static void storableCriterion(Criterion criterion, int s, int c, Set<String> codes,
            List<RubricProblem> problems) {
        String code = trimmed(criterion.code());
        if (code.isEmpty()) {
            problems.add(RubricProblem.criterion(Place.CODE, s, c, "rubrics.rule.codeMissing"));
        } else if (code.length() > CODE_LENGTH) {
            problems.add(RubricProblem.criterion(Place.CODE, s, c, "rubrics.rule.codeLength", CODE_LENGTH));
        } else if (!codes.add(folded(code))) {
            problems.add(RubricProblem.criterion(Place.CODE, s, c, "rubrics.rule.criterionCodeTwice", code));
        }
        if (trimmed(criterion.title()).length() > TITLE_LENGTH) {
            problems.add(RubricProblem.criterion(Place.TITLE, s, c, "rubrics.rule.titleLength", TITLE_LENGTH));
        }
        if (longer(criterion.guidance()) || longer(criterion.passCondition())
                || criterion.levels().stream().anyMatch(level -> longer(level.descriptor()))) {
            problems.add(RubricProblem.criterion(Place.TITLE, s, c, "rubrics.rule.textLength", TEXT_LENGTH));
        }
        if (criterion.gate()) {
            if (criterion.weight() != null) {
                problems.add(RubricProblem.criterion(Place.WEIGHT, s, c, "rubrics.rule.gateWeight"));
            }
            if (criterion.upsellMinimum()) {
                problems.add(RubricProblem.criterion(Place.WEIGHT, s, c, "rubrics.rule.gateUpsell"));
            }
        } else if (criterion.weight() == null || !validWeight(criterion.weight())) {
            problems.add(RubricProblem.criterion(Place.WEIGHT, s, c, "rubrics.rule.weightPositive"));
        }
        if (criterion.scaleMin() < LOWEST_LEVEL || criterion.scaleMax() > HIGHEST_LEVEL
                || criterion.scaleMin() >= criterion.scaleMax()) {
            problems.add(RubricProblem.criterion(Place.SCALE, s, c, "rubrics.rule.scale", LOWEST_LEVEL,
                    HIGHEST_LEVEL));
        }
    }

    /** Every problem that stops a version from being published, the storable ones included. */
    public static List<RubricProblem> publishable(RubricContent content) {
        List<RubricProblem> problems = new ArrayList<>(storable(content));
        List<RubricSection> sections = content.sections();
        if (sections.isEmpty()) {
            problems.add(RubricProblem.version(Place.SECTIONS, "rubrics.rule.noSections"));
        }
        BigDecimal total = totalWeight(content);
        if (!sections.isEmpty() && total.compareTo(TOTAL) != 0) {
            problems.add(RubricProblem.version(Place.TOTAL, "rubrics.rule.total", plain(total)));
        }
        EvidenceRule evidence = content.evidenceRule();
        if (evidence.atMost() != null && evidence.atLeast() != null && evidence.atMost() >= evidence.atLeast()) {
            problems.add(RubricProblem.version(Place.EVIDENCE, "rubrics.rule.evidenceOverlap"));
        }
        for (int s = 0; s < sections.size(); s++) {
            publishableSection(sections.get(s), s, problems);
        }
        return problems;
    }

    private static void publishableSection(RubricSection section, int s, List<RubricProblem> problems) {
        if (trimmed(section.title()).isEmpty()) {
            problems.add(RubricProblem.section(Place.SECTION_TITLE, s, "rubrics.rule.titleMissing"));
        }
        if (section.criteria().isEmpty()) {
            problems.add(RubricProblem.section(Place.SECTION_CRITERIA, s, "rubrics.rule.noCriteria"));
        } else if (section.gatesOnly() && section.weight() != null) {
            problems.add(RubricProblem.section(Place.SECTION_WEIGHT, s, "rubrics.rule.gateSectionWeight"));
        } else if (!section.gatesOnly() && section.weight() == null) {
            problems.add(RubricProblem.section(Place.SECTION_WEIGHT, s, "rubrics.rule.sectionWeightMissing"));
        }
        for (int c = 0; c < section.criteria().size(); c++) {
            Criterion criterion = section.criteria().get(c);
            if (trimmed(criterion.title()).isEmpty()) {
                problems.add(RubricProblem.criterion(Place.TITLE, s, c, "rubrics.rule.titleMissing"));
            }
            if (criterion.gate()) {
                if (trimmed(criterion.passCondition()).isEmpty()) {
                    problems.add(RubricProblem.criterion(Place.PASS_CONDITION, s, c, "rubrics.rule.passCondition"));
                }
            } else {
                int at = c;
                criterion.levels().stream()
                        .filter(l -> l.score() < criterion.scaleMin() || l.score() > criterion.scaleMax()).findFirst()
                        .ifPresent(l -> problems.add(RubricProblem.criterion(Place.LEVELS, s, at,
                                "rubrics.rule.levelOutside", l.score())));
                List<Integer> missing = missingLevels(section, criterion);
                if (!missing.isEmpty()) {
                    problems.add(RubricProblem.criterion(Place.LEVELS, s, c, "rubrics.rule.levelsMissing",
                            join(missing)));
                }
            }
        }
    }

    /**
     * The scale levels of a criterion that neither the criterion nor its section describes.
     * Own descriptors replace the section's entirely, so they must then cover the whole scale.
     */
    public static List<Integer> missingLevels(RubricSection section, Criterion criterion) {
        List<Level> described = section.descriptorsFor(criterion);
        return IntStream.rangeClosed(criterion.scaleMin(), criterion.scaleMax())
                .filter(level -> described.stream().noneMatch(d -> d.score() == level && !trimmed(d.descriptor())
                        .isEmpty()))
                .boxed().toList();
    }

    /** The running sum shown while editing: the weighted sections' shares. */
    public static BigDecimal totalWeight(RubricContent content) {
        return content.sections().stream().map(RubricSection::weight).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean validWeight(BigDecimal weight) {
        return weight.signum() > 0 && weight.compareTo(WEIGHT_LIMIT) <= 0
                && weight.stripTrailingZeros().scale() <= 3;
    }

    /**
     * Codes compare as MySQL's utf8mb4_unicode_ci compares them, ignoring case and accents,
     * so that two codes the database would call equal are reported here, next to the field.
     */
    static String folded(String code) {
        return java.text.Normalizer.normalize(code, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean longer(String text) {
        return text != null && text.length() > TEXT_LENGTH;
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String join(List<Integer> levels) {
        return String.join(", ", levels.stream().map(String::valueOf).toList());
    }
}
