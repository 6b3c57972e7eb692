package io.floorcheck.visit;

import io.floorcheck.rubric.RubricVersion;

/** Everything a printed blank scorecard shows: the visit it is for and the rubric version to score against. */
public record BlankScorecard(String evaluationName, String vendorName, String siteName, String when,
        String attendeeName, RubricVersion rubric) {
}
