package io.floorcheck.recommendation.internal;

import static io.floorcheck.db.Tables.RECOMMENDATION;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.floorcheck.db.tables.records.RecommendationRecord;
import io.floorcheck.recommendation.Area;
import io.floorcheck.recommendation.RecommendationDraft;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/** Recommendations of visits. */
@Repository
public class RecommendationRepository {

    private final DSLContext db;

    RecommendationRepository(DSLContext db) {
        this.db = db;
    }

    /** A stored recommendation; {@code mergedInto} is set for a duplicate merged into another. */
    public record Row(long id, int version, long visitId, RecommendationDraft details, Instant capturedAt,
            long capturedBy, Long mergedInto, boolean upsell, String upsellNote) {
    }

    public List<Row> ofVisit(long visitId) {
        return db.selectFrom(RECOMMENDATION).where(RECOMMENDATION.VISIT_ID.eq(visitId))
                .orderBy(RECOMMENDATION.CAPTURED_AT, RECOMMENDATION.ID).fetch(RecommendationRepository::row);
    }

    public Optional<Row> lock(long id) {
        return db.selectFrom(RECOMMENDATION).where(RECOMMENDATION.ID.eq(id)).forUpdate()
                .fetchOptional(RecommendationRepository::row);
    }

    /** The ids of a visit's recommendations not merged into another, in the order they were captured. */
    public List<Long> standingIds(long visitId) {
        return db.select(RECOMMENDATION.ID).from(RECOMMENDATION).where(RECOMMENDATION.VISIT_ID.eq(visitId)
                .and(RECOMMENDATION.MERGED_INTO.isNull())).orderBy(RECOMMENDATION.CAPTURED_AT, RECOMMENDATION.ID)
                .fetch(RECOMMENDATION.ID);
    }

    /** How many recommendations stand (not merged into another) in each visit's debrief; visits without any are absent. */
    public Map<Long, Integer> standingCounts(Collection<Long> visitIds) {
        if (visitIds.isEmpty()) {
            return Map.of();
        }
        return db.select(RECOMMENDATION.VISIT_ID, DSL.count()).from(RECOMMENDATION)
                .where(RECOMMENDATION.VISIT_ID.in(visitIds).and(RECOMMENDATION.MERGED_INTO.isNull()))
                .groupBy(RECOMMENDATION.VISIT_ID).fetchMap(RECOMMENDATION.VISIT_ID, DSL.count());
    }

    /** The visit a recommendation belongs to (a plain read: it never changes). */
    public Optional<Long> visitOf(long id) {
        return db.select(RECOMMENDATION.VISIT_ID).from(RECOMMENDATION).where(RECOMMENDATION.ID.eq(id))
                .fetchOptional(RECOMMENDATION.VISIT_ID);
    }

    public Optional<Row> byCaptureKey(long visitId, String captureKey) {
        return db.selectFrom(RECOMMENDATION).where(RECOMMENDATION.VISIT_ID.eq(visitId)
                .and(RECOMMENDATION.CAPTURE_KEY.eq(captureKey))).fetchOptional(RecommendationRepository::row);
    }

    /** Both rows of a merge under lock, always in id order, so two opposite merges cannot deadlock. */
    public List<Row> lockPair(long first, long second) {
        return db.selectFrom(RECOMMENDATION).where(RECOMMENDATION.ID.in(first, second)).orderBy(RECOMMENDATION.ID)
                .forUpdate().fetch(RecommendationRepository::row);
    }

    private static Row row(RecommendationRecord r) {
        return new Row(r.getId(), r.getVersion(), r.getVisitId(), new RecommendationDraft(r.getTitle(),
                r.getDescription(), Area.valueOf(r.getArea()), r.getProposerName(), r.getProposerTitle(),
                r.getTargetKpi(), r.getExpectedEffect()), r.getCapturedAt().toInstant(ZoneOffset.UTC),
                r.getCapturedBy(), r.getMergedInto(), r.getUpsell(), r.getUpsellNote());
    }

    public long insert(long visitId, String captureKey, RecommendationDraft draft, long capturedBy, Instant now) {
        return db.insertInto(RECOMMENDATION)
                .set(values(draft))
                .set(RECOMMENDATION.VISIT_ID, visitId)
                .set(RECOMMENDATION.CAPTURE_KEY, captureKey)
                .set(RECOMMENDATION.CAPTURED_BY, capturedBy)
                .set(RECOMMENDATION.CAPTURED_AT, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .set(RECOMMENDATION.VERSION, 0)
                .returning(RECOMMENDATION.ID)
                .fetchOne(RECOMMENDATION.ID);
    }

    public int update(long id, int expectedVersion, RecommendationDraft draft) {
        return bump(db.update(RECOMMENDATION).set(values(draft)).set(RECOMMENDATION.VERSION, expectedVersion + 1)
                .where(RECOMMENDATION.ID.eq(id).and(RECOMMENDATION.VERSION.eq(expectedVersion))).execute(), id,
                expectedVersion);
    }

    public int flagUpsell(long id, int expectedVersion, boolean upsell, String note) {
        return bump(db.update(RECOMMENDATION).set(RECOMMENDATION.UPSELL, upsell)
                .set(RECOMMENDATION.UPSELL_NOTE, upsell ? blankToNull(note) : null)
                .set(RECOMMENDATION.VERSION, expectedVersion + 1)
                .where(RECOMMENDATION.ID.eq(id).and(RECOMMENDATION.VERSION.eq(expectedVersion))).execute(), id,
                expectedVersion);
    }

    /**
     * Merges a duplicate, and whatever had been merged into it, into the recommendation kept.
     * The kept row itself does not change, so whoever is completing its details is not disturbed.
     */
    public void merge(long keptId, long duplicateId) {
        // Two statements, each on an index: one with an OR could scan, and lock, the whole table.
        db.update(RECOMMENDATION).set(RECOMMENDATION.MERGED_INTO, keptId)
                .set(RECOMMENDATION.VERSION, RECOMMENDATION.VERSION.plus(1))
                .where(RECOMMENDATION.MERGED_INTO.eq(duplicateId)).execute();
        db.update(RECOMMENDATION).set(RECOMMENDATION.MERGED_INTO, keptId)
                .set(RECOMMENDATION.VERSION, RECOMMENDATION.VERSION.plus(1))
                .where(RECOMMENDATION.ID.eq(duplicateId)).execute();
    }

    private static Map<Field<?>, Object> values(RecommendationDraft draft) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(RECOMMENDATION.TITLE, draft.title().strip());
        values.put(RECOMMENDATION.DESCRIPTION, blankToNull(draft.description()));
        values.put(RECOMMENDATION.AREA, draft.area().name());
        values.put(RECOMMENDATION.PROPOSER_NAME, blankToNull(draft.proposerName()));
        values.put(RECOMMENDATION.PROPOSER_TITLE, blankToNull(draft.proposerTitle()));
        values.put(RECOMMENDATION.TARGET_KPI, blankToNull(draft.targetKpi()));
        values.put(RECOMMENDATION.EXPECTED_EFFECT, blankToNull(draft.expectedEffect()));
        return values;
    }

    private static int bump(int updated, long id, int expectedVersion) {
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Recommendation " + id + " was changed concurrently");
        }
        return expectedVersion + 1;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
