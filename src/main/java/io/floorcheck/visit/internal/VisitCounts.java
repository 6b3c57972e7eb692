package io.floorcheck.visit.internal;

import static io.floorcheck.db.Tables.SCORECARD;
import static io.floorcheck.db.Tables.VISIT;
import static io.floorcheck.db.Tables.VISIT_ATTENDEE;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.floorcheck.evaluation.VisitProgress;
import io.floorcheck.visit.ScorecardStatus;
import io.floorcheck.visit.VisitStatus;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Counts visits and scorecards per evaluation for the evaluations list, in two grouped queries. */
@Component
class VisitCounts implements VisitProgress {

    private final DSLContext db;

    VisitCounts(DSLContext db) {
        this.db = db;
    }

    @Override
    public Map<Long, Counts> visits(Collection<Long> evaluationIds) {
        Map<Long, Counts> counts = new HashMap<>();
        if (evaluationIds.isEmpty()) {
            return counts;
        }
        var completed = DSL.count().filterWhere(VISIT.STATUS.eq(VisitStatus.COMPLETED.name()));
        db.select(VISIT.EVALUATION_ID, DSL.count(), completed).from(VISIT)
                .where(VISIT.EVALUATION_ID.in(evaluationIds).and(VISIT.STATUS.ne(VisitStatus.CANCELLED.name())))
                .groupBy(VISIT.EVALUATION_ID)
                .forEach(r -> counts.put(r.value1(), new Counts(r.value2(), r.value3(), 0, 0)));
        // One scorecard expected per attendee of a visit not cancelled; submitted ones counted
        // only for people still attending.
        var submitted = DSL.count(SCORECARD.ID).filterWhere(SCORECARD.STATUS.eq(ScorecardStatus.SUBMITTED.name()));
        db.select(VISIT.EVALUATION_ID, DSL.count(), submitted).from(VISIT)
                .join(VISIT_ATTENDEE).on(VISIT_ATTENDEE.VISIT_ID.eq(VISIT.ID))
                .leftJoin(SCORECARD).on(SCORECARD.VISIT_ID.eq(VISIT.ID)
                        .and(SCORECARD.EVALUATOR_ID.eq(VISIT_ATTENDEE.USER_ID)))
                .where(VISIT.EVALUATION_ID.in(evaluationIds).and(VISIT.STATUS.ne(VisitStatus.CANCELLED.name())))
                .groupBy(VISIT.EVALUATION_ID)
                .forEach(r -> counts.computeIfPresent(r.value1(), (id, c) -> new Counts(c.planned(), c.completed(),
                        r.value2(), r.value3())));
        return counts;
    }
}
