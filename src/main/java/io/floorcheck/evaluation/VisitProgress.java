package io.floorcheck.evaluation;

import java.util.Collection;
import java.util.Map;

/**
 * How far each evaluation's visits have come: implemented by the visit feature, declared here
 * so that the evaluations list can show it without evaluation depending on visits.
 */
public interface VisitProgress {

    /**
     * Visits (not cancelled), completed visits, scorecards expected (one per attendee of each
     * visit not cancelled) and scorecards submitted, per evaluation id; evaluations without
     * visits are absent.
     */
    Map<Long, Counts> visits(Collection<Long> evaluationIds);

    record Counts(int planned, int completed, int scorecardsExpected, int scorecardsSubmitted) {

        public static final Counts NONE = new Counts(0, 0, 0, 0);
    }
}
