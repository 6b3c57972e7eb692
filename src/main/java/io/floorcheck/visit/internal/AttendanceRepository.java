package io.floorcheck.visit.internal;

import static io.floorcheck.db.Tables.COI_DECLARATION;
import static io.floorcheck.db.Tables.EVALUATION;
import static io.floorcheck.db.Tables.EVALUATION_MEMBER;
import static io.floorcheck.db.Tables.SCORE;
import static io.floorcheck.db.Tables.SCORECARD;
import static io.floorcheck.db.Tables.VENDOR;
import static io.floorcheck.db.Tables.VENDOR_SITE;
import static io.floorcheck.db.Tables.VISIT;
import static io.floorcheck.db.Tables.VISIT_ATTENDEE;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.floorcheck.visit.ScorecardStatus;
import io.floorcheck.visit.VisitStatus;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The visits one person attends, for their home page, each with their visit scorecard: one
 * query for the visits and one for the marks counted, however many there are.
 */
@Repository
public class AttendanceRepository {

    private final DSLContext db;

    public AttendanceRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * A visit attended. {@code rubricVersionId} is the card's version, or the evaluation's for a
     * card never opened; {@code scorecardId} and {@code scorecardStatus} are null then.
     */
    public record Row(long visitId, long evaluationId, String evaluationName, String evaluationStatus,
            long vendorId, String vendorName, String siteCity, String siteZone, java.time.LocalDateTime startsAt,
            VisitStatus status, String memberRole, String declarationReview, Long scorecardId,
            ScorecardStatus scorecardStatus, long rubricVersionId) {
    }

    /**
     * The visits not cancelled that the user attends in evaluations they are a member of and
     * that are still being prepared or scored (draft or open), earliest first.
     */
    public List<Row> attended(long userId, Collection<String> evaluationStatuses) {
        return db.select(VISIT.ID, VISIT.EVALUATION_ID, EVALUATION.NAME, EVALUATION.STATUS, VISIT.VENDOR_ID,
                        VENDOR.SHORT_NAME, VENDOR_SITE.CITY, VENDOR_SITE.TIME_ZONE, VISIT.STARTS_AT, VISIT.STATUS,
                        EVALUATION_MEMBER.ROLE, COI_DECLARATION.REVIEW, SCORECARD.ID, SCORECARD.STATUS,
                        DSL.coalesce(SCORECARD.RUBRIC_VERSION_ID, EVALUATION.VISIT_RUBRIC_ID))
                .from(VISIT)
                .join(VISIT_ATTENDEE).on(VISIT_ATTENDEE.VISIT_ID.eq(VISIT.ID).and(VISIT_ATTENDEE.USER_ID.eq(userId)))
                .join(EVALUATION).on(EVALUATION.ID.eq(VISIT.EVALUATION_ID))
                .join(EVALUATION_MEMBER).on(EVALUATION_MEMBER.EVALUATION_ID.eq(EVALUATION.ID)
                        .and(EVALUATION_MEMBER.USER_ID.eq(userId)))
                .join(VENDOR).on(VENDOR.ID.eq(VISIT.VENDOR_ID))
                .join(VENDOR_SITE).on(VENDOR_SITE.ID.eq(VISIT.SITE_ID))
                .leftJoin(COI_DECLARATION).on(COI_DECLARATION.EVALUATION_ID.eq(VISIT.EVALUATION_ID)
                        .and(COI_DECLARATION.VENDOR_ID.eq(VISIT.VENDOR_ID)).and(COI_DECLARATION.USER_ID.eq(userId)))
                .leftJoin(SCORECARD).on(SCORECARD.VISIT_ID.eq(VISIT.ID).and(SCORECARD.EVALUATOR_ID.eq(userId)))
                .where(VISIT.STATUS.ne(VisitStatus.CANCELLED.name()).and(EVALUATION.STATUS.in(evaluationStatuses)))
                .orderBy(VISIT.STARTS_AT, VISIT.ID)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), VisitStatus.valueOf(r.value10()), r.value11(), r.value12(),
                        r.value13(), r.value14() == null ? null : ScorecardStatus.valueOf(r.value14()), r.value15()));
    }

    /** How many criteria of each scorecard have a mark (a level, N/A or pass/fail). */
    public Map<Long, Integer> marked(Collection<Long> scorecardIds) {
        if (scorecardIds.isEmpty()) {
            return Map.of();
        }
        var marked = SCORE.SCORE_VALUE.isNotNull().or(SCORE.NOT_APPLICABLE.isTrue()).or(SCORE.GATE_PASSED.isNotNull());
        return db.select(SCORE.SCORECARD_ID, DSL.count()).from(SCORE)
                .where(SCORE.SCORECARD_ID.in(scorecardIds).and(marked)).groupBy(SCORE.SCORECARD_ID)
                .fetchMap(SCORE.SCORECARD_ID, DSL.count());
    }
}
