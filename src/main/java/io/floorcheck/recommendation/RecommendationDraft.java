package io.floorcheck.recommendation;

import io.floorcheck.base.Text;

/**
 * What is known of a recommendation: during the debrief a title, an area and who proposed it
 * are enough; the description, target KPI and expected effect can follow later.
 */
public record RecommendationDraft(String title, String description, Area area, String proposerName,
        String proposerTitle, String targetKpi, String expectedEffect) {

    public RecommendationDraft {
        title = Text.line(title);
        description = Text.cleanOrNull(description);
        proposerName = Text.lineOrNull(proposerName);
        proposerTitle = Text.lineOrNull(proposerTitle);
        targetKpi = Text.lineOrNull(targetKpi);
        expectedEffect = Text.cleanOrNull(expectedEffect);
    }

    public static RecommendationDraft quick(String title, Area area, String proposerName, String proposerTitle) {
        return new RecommendationDraft(title, null, area, proposerName, proposerTitle, null, null);
    }
}
