package io.floorcheck.evaluation;

import java.util.Arrays;
import java.util.Set;

/** The kinds of entry in an evaluation's Record, to filter by: each the audit actions it covers. */
public enum RecordKind {
    EVALUATION("EVALUATION_CREATED", "EVALUATION_UPDATED", "EVALUATION_CANDIDATES", "EVALUATION_MEMBER",
            "EVALUATION_MEMBER_REMOVED", "EVALUATION_STATUS", "EVALUATION_REOPENED", "EVALUATION_LEAD_HANDED_OVER",
            "SCORES_UNBLINDED"),
    CONFLICTS("COI_DECLARED", "COI_ALLOWED", "COI_EXCLUDED", "COI_MITIGATED"),
    VISITS("VISIT_PLANNED", "VISIT_RESCHEDULED", "VISIT_ATTENDEES", "VISIT_AGENDA", "VISIT_STATUS", "VISIT_INTEGRITY"),
    CALLS("CALL_LOGGED", "CALL_UPDATED", "CALL_DELETED"),
    SCORECARDS("SCORECARD_SUBMITTED", "SCORECARD_REOPENED", "SCORECARD_CLOSED", "LEADERSHIP_SCORECARD_SUBMITTED",
            "LEADERSHIP_SCORECARD_REOPENED", "LEADERSHIP_SCORECARD_CLOSED"),
    SCORES("SCORE_CHANGED", "LEADERSHIP_SCORE_CHANGED", "LEADERSHIP_SCORES_MOVED", "LEADERSHIP_SCORES_NOT_MOVED"),
    RECOMMENDATIONS("RECOMMENDATION_CAPTURED", "RECOMMENDATION_EDITED", "RECOMMENDATION_MERGED",
            "RECOMMENDATION_UPSELL"),
    CONSENSUS("CONSENSUS_RECORDED", "CONSENSUS_WITHDRAWN", "GATE_WAIVED", "GATE_WAIVER_WITHDRAWN"),
    /** Anything not listed above (an action added later shows here until it is given a kind). */
    OTHER;

    private final Set<String> actions;

    RecordKind(String... actions) {
        this.actions = Set.of(actions);
    }

    public Set<String> actions() {
        return actions;
    }

    /** Every action some kind names. */
    public static Set<String> known() {
        return Arrays.stream(values()).flatMap(kind -> kind.actions.stream()).collect(java.util.stream.Collectors.toSet());
    }

    public static RecordKind of(String action) {
        return Arrays.stream(values()).filter(kind -> kind.actions.contains(action)).findFirst().orElse(OTHER);
    }
}
