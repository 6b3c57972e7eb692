package io.floorcheck.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.RubricVersion;
import io.floorcheck.visit.ScoreEntry;
import io.floorcheck.visit.ScorecardCheck;

/**
 * The rules of a complete leadership scorecard, for the service and the view alike: every
 * recommendation still standing (not merged into another) complete against the recommendation
 * rubric, and the session complete against the session rubric, each by the rules of
 * {@link ScorecardCheck}. Items are named by a key, {@code "<recommendation id>:<code>"} or
 * {@code "S:<code>"} for the session, in the order the scorecard shows them.
 */
public final class LeadershipCheck {

    private static final String SESSION = "S";

    private LeadershipCheck() {
    }

    public static String key(Long recommendationId, String criterionCode) {
        return (recommendationId == null ? SESSION : recommendationId.toString()) + ":" + criterionCode;
    }

    /** The recommendation a key names, empty for the session; empty too for a key that is not one. */
    public static Optional<Long> recommendationOf(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon <= 0 || key.substring(0, colon).equals(SESSION)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(key.substring(0, colon)));
        } catch (NumberFormatException notAKey) {
            return Optional.empty();
        }
    }

    public static String codeOf(String key) {
        return key.substring(key.indexOf(':') + 1);
    }

    /** Every item's key in scorecard order: each recommendation's criteria, then the session's. */
    public static List<String> order(RubricVersion recommendationRubric, RubricVersion sessionRubric,
            List<Long> recommendationIds) {
        List<String> order = new ArrayList<>();
        for (long id : recommendationIds) {
            codes(recommendationRubric).forEach(code -> order.add(key(id, code)));
        }
        codes(sessionRubric).forEach(code -> order.add(key(null, code)));
        return order;
    }

    public static ScorecardCheck.Progress progress(RubricVersion recommendationRubric, RubricVersion sessionRubric,
            List<Long> recommendationIds, Map<Long, Map<String, ScoreEntry>> recommendationScores,
            Map<String, ScoreEntry> sessionScores) {
        int total = 0;
        int scored = 0;
        int evidenceMissing = 0;
        List<String> open = new ArrayList<>();
        for (long id : recommendationIds) {
            ScorecardCheck.Progress one = ScorecardCheck.progress(recommendationRubric,
                    recommendationScores.getOrDefault(id, Map.of()));
            total += one.total();
            scored += one.scored();
            evidenceMissing += one.evidenceMissing();
            one.open().forEach(code -> open.add(key(id, code)));
        }
        ScorecardCheck.Progress session = ScorecardCheck.progress(sessionRubric, sessionScores);
        session.open().forEach(code -> open.add(key(null, code)));
        return new ScorecardCheck.Progress(total + session.total(), scored + session.scored(),
                evidenceMissing + session.evidenceMissing(), open);
    }

    /** The next open item after {@code after} in scorecard order, wrapping round to the start. */
    public static Optional<String> nextOpen(List<String> order, ScorecardCheck.Progress progress, String after) {
        if (progress.open().isEmpty()) {
            return Optional.empty();
        }
        int from = after == null ? -1 : order.indexOf(after);
        for (int i = 1; i <= order.size(); i++) {
            String key = order.get(Math.floorMod(from + i, order.size()));
            if (progress.open().contains(key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private static List<String> codes(RubricVersion rubric) {
        return rubric.sections().stream().flatMap(s -> s.criteria().stream()).map(Criterion::code).toList();
    }
}
