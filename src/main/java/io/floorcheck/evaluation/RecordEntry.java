package io.floorcheck.evaluation;

import java.time.Instant;

/**
 * One entry of an evaluation's Record: who ({@code actorName}, or their login when it is no
 * account), when, what kind and action, on what ({@code subject}, e.g. "scorecard 12"), from what
 * to what, why, and the marker the record points out (after unblinding, late). {@code valuesHidden}:
 * the entry carries someone else's scores and the evaluation has not reached consensus, so its
 * old and new values are withheld (blind scoring holds in the Record too).
 */
public record RecordEntry(long id, Instant at, String actor, String actorName, RecordKind kind, String action,
        String subject, String oldValue, String newValue, String reason, String marker, boolean valuesHidden) {
}
