package io.floorcheck.visit.internal;

import static io.floorcheck.db.Tables.VISIT;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.floorcheck.evaluation.VisitProgress;
import io.floorcheck.visit.VisitStatus;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Counts visits per evaluation for the evaluations list, in one grouped query. */
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
                .forEach(r -> counts.put(r.value1(), new Counts(r.value2(), r.value3())));
        return counts;
    }
}
