package io.floorcheck.base.ui;

import com.vaadin.flow.component.Component;

/**
 * The evidence rule in words, the same wherever it is shown (the rubric, the scorecards): which
 * scores need a note. Either bound may be absent; with neither, no score needs one.
 */
public final class EvidenceRuleText {

    private EvidenceRuleText() {
    }

    public static String of(Component in, Integer atMost, Integer atLeast) {
        if (atMost != null && atLeast != null) {
            return in.getTranslation("rubrics.evidence.rule", atMost, atLeast);
        }
        if (atMost != null) {
            return in.getTranslation("rubrics.evidence.low", atMost);
        }
        if (atLeast != null) {
            return in.getTranslation("rubrics.evidence.high", atLeast);
        }
        return in.getTranslation("rubrics.evidence.none");
    }
}
