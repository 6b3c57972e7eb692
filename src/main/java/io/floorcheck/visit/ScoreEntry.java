package io.floorcheck.visit;

import java.util.List;
import java.util.Objects;

import io.floorcheck.base.Mark;

/**
 * One criterion of a scorecard as stored: the mark, the evidence note and the calls linked as
 * evidence. The version guards against a second tab or device overwriting it unseen; it is
 * {@link #UNSAVED} while nothing has been stored for the criterion. {@code afterUnblinding} is
 * set for good once its author changed it after they could see colleagues' scores of the vendor.
 */
public record ScoreEntry(String criterionCode, Mark mark, String evidence, List<Long> callIds, int version,
        boolean afterUnblinding) {

    public static final int UNSAVED = -1;

    public ScoreEntry {
        Objects.requireNonNull(mark, "mark");
        callIds = List.copyOf(callIds);
    }

    public ScoreEntry(String criterionCode, Mark mark, String evidence, List<Long> callIds, int version) {
        this(criterionCode, mark, evidence, callIds, version, false);
    }

    public static ScoreEntry blank(String criterionCode) {
        return new ScoreEntry(criterionCode, Mark.NONE, null, List.of(), UNSAVED);
    }

    public boolean hasEvidence() {
        return evidence != null && !evidence.isBlank();
    }

    ScoreEntry with(Mark newMark, String newEvidence, List<Long> newCallIds) {
        return new ScoreEntry(criterionCode, newMark, newEvidence, newCallIds, version, afterUnblinding);
    }

    /** For the audit trail. */
    String describe() {
        return mark.describe() + (hasEvidence() ? ", evidence: " + evidence.strip() : "")
                + (callIds.isEmpty() ? "" : ", calls " + callIds);
    }
}
