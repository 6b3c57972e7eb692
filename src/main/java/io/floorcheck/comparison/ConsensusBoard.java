package io.floorcheck.comparison;

import java.time.Instant;
import java.util.List;

import io.floorcheck.evaluation.EvaluationStatus;
import io.floorcheck.scoring.CriterionValue;
import io.floorcheck.scoring.GateStatus;

/**
 * The consensus board: every vendor × criterion and recommendation × criterion of an evaluation,
 * disputed items first (widest spread first), each with every evaluator's rating and evidence side
 * by side, the value the engine uses now, and what the team agreed. {@code mayEdit}: the current
 * user is the lead and the evaluation is at consensus.
 */
public record ConsensusBoard(long evaluationId, String evaluationName, EvaluationStatus status, boolean mayEdit,
        List<Item> items) {

    public ConsensusBoard {
        items = List.copyOf(items);
    }

    /**
     * One row of the board. {@code spread} is on the criterion's scale (NaN with fewer than two
     * ratings); {@code value} is the engine's, on 0–100 (NaN: none), with where it comes from;
     * {@code gateStatus} only for a gate. {@code version} is the stored agreed value's (or
     * {@link #NONE}), which a write must quote; likewise {@code waiverVersion}.
     */
    public record Item(ItemKey key, String vendor, String sectionCode, String sectionTitle, String criterionTitle,
            String recommendationTitle, boolean gate, int scaleMin, int scaleMax, boolean naAllowed,
            List<Rating> ratings, double spread, boolean disputed, double value, CriterionValue.Source source,
            GateStatus gateStatus, Entry agreed, int version, Waiver waiver, int waiverVersion) {

        public static final int NONE = -1;

        public Item {
            ratings = List.copyOf(ratings);
        }

        /** The item named for people: "Łódź Contact · 5.1 Coaching", with the recommendation where there is one. */
        public String label() {
            return vendor + " · " + (recommendationTitle == null ? "" : "“" + recommendationTitle + "” · ")
                    + key.criterionCode() + " " + criterionTitle;
        }
    }

    /** An evaluator's marks of the item (one per visit they scored it on), with evidence and linked calls. */
    public record Rating(String evaluator, List<String> marks, List<String> evidence, List<String> calls,
            boolean afterUnblinding) {

        public Rating {
            marks = List.copyOf(marks);
            evidence = List.copyOf(evidence);
            calls = List.copyOf(calls);
        }
    }

    /** The agreed value in force, with its rationale, who recorded it and when. */
    public record Entry(Agreed value, String rationale, String recordedBy, Instant recordedAt) {
    }

    /** A gate's waiver in force: the approver (name and role), the reason, who recorded it and when. */
    public record Waiver(String approver, String approverRole, String reason, String recordedBy, Instant recordedAt) {
    }
}
