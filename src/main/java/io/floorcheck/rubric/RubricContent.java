package io.floorcheck.rubric;

import java.util.List;

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

    public RubricContent withSections(List<RubricSection> replaced) {
        return new RubricContent(scaleGuidance, evidenceRule, replaced);
    }
}
