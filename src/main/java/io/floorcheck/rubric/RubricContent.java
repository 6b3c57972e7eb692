package io.floorcheck.rubric;

import java.util.List;

import io.floorcheck.base.Text;

/**
 * What a version says, without who and when: the scale guidance, the evidence rule and the
 * sections with their criteria. A draft is edited by replacing its content as a whole.
 */
public record RubricContent(String scaleGuidance, EvidenceRule evidenceRule, List<RubricSection> sections) {

    /** Scores at the extremes of a 1–5 scale need evidence unless a rubric says otherwise. */
    public static final EvidenceRule DEFAULT_EVIDENCE_RULE = new EvidenceRule(2, 4);

    public RubricContent {
        evidenceRule = evidenceRule == null ? new EvidenceRule(null, null) : evidenceRule;
        sections = List.copyOf(sections);
    }

    /**
     * The same content as it is stored: codes, titles and pass conditions on one line, guidance
     * and descriptors cleaned of invisible and direction-changing characters (see {@link Text}).
     */
    public RubricContent cleaned() {
        return new RubricContent(Text.cleanOrNull(scaleGuidance), evidenceRule, sections.stream()
                .map(s -> new RubricSection(Text.line(s.code()), Text.line(s.title()), Text.cleanOrNull(s.guidance()),
                        s.weight(), cleaned(s.levels()), s.criteria().stream()
                                .map(c -> new Criterion(Text.line(c.code()), Text.line(c.title()),
                                        Text.cleanOrNull(c.guidance()), c.weight(), c.scaleMin(), c.scaleMax(),
                                        c.naAllowed(), c.gate(), Text.lineOrNull(c.passCondition()),
                                        c.upsellMinimum(), cleaned(c.levels())))
                                .toList()))
                .toList());
    }

    private static List<Level> cleaned(List<Level> levels) {
        return levels.stream().map(l -> new Level(l.score(), Text.cleanOrNull(l.descriptor()))).toList();
    }

    public RubricContent withSections(List<RubricSection> replaced) {
        return new RubricContent(scaleGuidance, evidenceRule, replaced);
    }
}
