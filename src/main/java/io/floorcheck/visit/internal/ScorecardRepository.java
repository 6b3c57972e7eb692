package io.floorcheck.visit.internal;

import static io.floorcheck.db.Tables.EVALUATION;
import static io.floorcheck.db.Tables.SCORE;
import static io.floorcheck.db.Tables.SCORECARD;
import static io.floorcheck.db.Tables.SCORE_CALL;
import static io.floorcheck.db.Tables.VISIT;
import static io.floorcheck.db.Tables.VISIT_ATTENDEE;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.floorcheck.db.tables.records.ScoreRecord;
import io.floorcheck.db.tables.records.ScorecardRecord;
import io.floorcheck.base.Mark;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.visit.ScoreEntry;
import io.floorcheck.visit.ScorecardStatus;
import io.floorcheck.visit.VisitStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/** Scorecards, their scores and the calls linked to scores as evidence. */
@Repository
public class ScorecardRepository {

    /** Shown when a write arrives after the end of scoring; the service says so first, the SQL again. */
    public static final String SCORING_CLOSED = "scorecards.error.scoringClosed";
    private static final String OPEN = "OPEN";

    private final DSLContext db;

    ScorecardRepository(DSLContext db) {
        this.db = db;
    }

    /** The stored scorecard row. */
    public record Row(long id, int version, long visitId, long evaluatorId, long rubricVersionId,
            ScorecardStatus status, Instant firstSubmittedAt, Instant submittedAt, String resumeAt,
            String callsAtSubmit, String reopenReason) {
    }

    public Optional<Row> find(long id) {
        return db.selectFrom(SCORECARD).where(SCORECARD.ID.eq(id)).fetchOptional(ScorecardRepository::row);
    }

    /** The evaluation a card belongs to (through its visit), read without a lock. */
    public Optional<Long> evaluationOf(long id) {
        return db.select(VISIT.EVALUATION_ID).from(SCORECARD).join(VISIT).on(VISIT.ID.eq(SCORECARD.VISIT_ID))
                .where(SCORECARD.ID.eq(id)).fetchOptional(VISIT.EVALUATION_ID);
    }

    /** The row under a write lock: one change to a scorecard at a time, whichever tab sends it. */
    public Optional<Row> lock(long id) {
        return db.selectFrom(SCORECARD).where(SCORECARD.ID.eq(id)).forUpdate().fetchOptional(ScorecardRepository::row);
    }

    public Optional<Row> findFor(long visitId, long evaluatorId) {
        return db.selectFrom(SCORECARD).where(SCORECARD.VISIT_ID.eq(visitId).and(SCORECARD.EVALUATOR_ID.eq(evaluatorId)))
                .fetchOptional(ScorecardRepository::row);
    }

    /** The same lookup as a locking read, which sees a card another transaction has just committed. */
    public Optional<Row> lockFor(long visitId, long evaluatorId) {
        return db.selectFrom(SCORECARD).where(SCORECARD.VISIT_ID.eq(visitId).and(SCORECARD.EVALUATOR_ID.eq(evaluatorId)))
                .forUpdate().fetchOptional(ScorecardRepository::row);
    }

    public List<Row> ofVisit(long visitId) {
        return db.selectFrom(SCORECARD).where(SCORECARD.VISIT_ID.eq(visitId)).orderBy(SCORECARD.ID)
                .fetch(ScorecardRepository::row);
    }

    private static Row row(ScorecardRecord r) {
        return new Row(r.getId(), r.getVersion(), r.getVisitId(), r.getEvaluatorId(), r.getRubricVersionId(),
                ScorecardStatus.valueOf(r.getStatus()), instant(r.getFirstSubmittedAt()),
                instant(r.getSubmittedAt()), r.getResumeAt(), r.getCallsAtSubmit(), r.getReopenReason());
    }

    public long insert(long visitId, long evaluatorId, long rubricVersionId, Instant now) {
        return db.insertInto(SCORECARD)
                .set(SCORECARD.VISIT_ID, visitId)
                .set(SCORECARD.EVALUATOR_ID, evaluatorId)
                .set(SCORECARD.RUBRIC_VERSION_ID, rubricVersionId)
                .set(SCORECARD.STATUS, ScorecardStatus.DRAFT.name())
                .set(SCORECARD.CREATED_AT, utc(now))
                .set(SCORECARD.VERSION, 0)
                .returning(SCORECARD.ID)
                .fetchOne(SCORECARD.ID);
    }

    /** Where the author was working; a bookmark, so it does not count as a change of the scorecard. */
    public void resumeAt(long id, String criterionCode) {
        db.update(SCORECARD).set(SCORECARD.RESUME_AT, criterionCode).where(SCORECARD.ID.eq(id)).execute();
    }

    /** Submits, keeping the call log as it is now ({@link io.floorcheck.visit.CallSnapshot}) with the card. */
    public int submit(long id, int expectedVersion, String callsAtSubmit, Instant now) {
        return bump(db.update(SCORECARD)
                .set(SCORECARD.STATUS, ScorecardStatus.SUBMITTED.name())
                .set(SCORECARD.CALLS_AT_SUBMIT, callsAtSubmit)
                .setNull(SCORECARD.REOPEN_REASON) // the reason went with the changes it explained
                .set(SCORECARD.SUBMITTED_AT, utc(now))
                .set(SCORECARD.FIRST_SUBMITTED_AT, DSL.coalesce(SCORECARD.FIRST_SUBMITTED_AT, DSL.val(utc(now))))
                .set(SCORECARD.VERSION, expectedVersion + 1)
                .where(SCORECARD.ID.eq(id).and(SCORECARD.VERSION.eq(expectedVersion)).and(scoringOpen()))
                .execute(), id, expectedVersion);
    }

    public int reopen(long id, int expectedVersion, String reason) {
        return bump(db.update(SCORECARD)
                .set(SCORECARD.STATUS, ScorecardStatus.DRAFT.name())
                .set(SCORECARD.REOPEN_REASON, reason)
                .setNull(SCORECARD.SUBMITTED_AT)
                .set(SCORECARD.VERSION, expectedVersion + 1)
                .where(SCORECARD.ID.eq(id).and(SCORECARD.VERSION.eq(expectedVersion)).and(scoringOpen()))
                .execute(), id, expectedVersion);
    }

    /** The evaluation's cards in one status, each with the visit's vendor. */
    public record OfEvaluation(Row card, long vendorId) {
    }

    /**
     * The evaluation's cards in one status, locked: what the end of scoring reports is exactly
     * what it then closes, even where a card is opened or submitted at that moment.
     */
    public List<OfEvaluation> lockOfEvaluation(long evaluationId, ScorecardStatus status) {
        return db.select(SCORECARD.fields()).select(VISIT.VENDOR_ID).from(SCORECARD).join(VISIT)
                .on(VISIT.ID.eq(SCORECARD.VISIT_ID))
                .where(VISIT.EVALUATION_ID.eq(evaluationId).and(SCORECARD.STATUS.eq(status.name())))
                .orderBy(SCORECARD.ID).forUpdate()
                .fetch(r -> new OfEvaluation(row(r.into(SCORECARD)), r.get(VISIT.VENDOR_ID)));
    }

    /** Closes these drafts (locked by the caller): scoring is over and they count for nothing. */
    public int close(Collection<Long> drafts) {
        if (drafts.isEmpty()) {
            return 0;
        }
        return db.update(SCORECARD).set(SCORECARD.STATUS, ScorecardStatus.CLOSED.name())
                .setNull(SCORECARD.REOPEN_REASON).set(SCORECARD.VERSION, SCORECARD.VERSION.plus(1))
                .where(SCORECARD.ID.in(drafts).and(SCORECARD.STATUS.eq(ScorecardStatus.DRAFT.name())))
                .execute();
    }

    /** Makes the evaluation's closed cards drafts again: scoring re-opened. */
    public int reopenClosed(long evaluationId, String reason) {
        return db.update(SCORECARD).set(SCORECARD.STATUS, ScorecardStatus.DRAFT.name())
                .set(SCORECARD.REOPEN_REASON, reason).set(SCORECARD.VERSION, SCORECARD.VERSION.plus(1))
                .where(SCORECARD.STATUS.eq(ScorecardStatus.CLOSED.name()).and(SCORECARD.VISIT_ID.in(
                        DSL.select(VISIT.ID).from(VISIT).where(VISIT.EVALUATION_ID.eq(evaluationId)))))
                .execute();
    }

    /** An attendee of a visit not cancelled, with their card there if they started one. */
    public record Owed(long visitId, long vendorId, long siteId, long userId, Row card) {
    }

    /** Every card the evaluation's attendees owe: one per attendee of each visit not cancelled. */
    public List<Owed> owed(long evaluationId) {
        return db.select(VISIT.ID, VISIT.VENDOR_ID, VISIT.SITE_ID, VISIT_ATTENDEE.USER_ID).select(SCORECARD.fields())
                .from(VISIT).join(VISIT_ATTENDEE).on(VISIT_ATTENDEE.VISIT_ID.eq(VISIT.ID))
                .leftJoin(SCORECARD).on(SCORECARD.VISIT_ID.eq(VISIT.ID)
                        .and(SCORECARD.EVALUATOR_ID.eq(VISIT_ATTENDEE.USER_ID)))
                .where(VISIT.EVALUATION_ID.eq(evaluationId).and(VISIT.STATUS.ne(VisitStatus.CANCELLED.name())))
                .orderBy(VISIT.ID, VISIT_ATTENDEE.USER_ID)
                .fetch(r -> new Owed(r.get(VISIT.ID), r.get(VISIT.VENDOR_ID), r.get(VISIT.SITE_ID),
                        r.get(VISIT_ATTENDEE.USER_ID),
                        r.get(SCORECARD.ID) == null ? null : row(r.into(SCORECARD))));
    }

    /** Whether the user attends a visit to the vendor in the evaluation that is not cancelled. */
    public boolean attendsAny(long evaluationId, long vendorId, long userId) {
        return db.fetchExists(DSL.selectOne().from(VISIT).join(VISIT_ATTENDEE)
                .on(VISIT_ATTENDEE.VISIT_ID.eq(VISIT.ID).and(VISIT_ATTENDEE.USER_ID.eq(userId)))
                .where(VISIT.EVALUATION_ID.eq(evaluationId).and(VISIT.VENDOR_ID.eq(vendorId))
                        .and(VISIT.STATUS.ne(VisitStatus.CANCELLED.name()))));
    }

    private int bump(int updated, long id, int expectedVersion) {
        if (updated != 1) {
            requireScoringOpen(id);
            throw new OptimisticLockingFailureException("Scorecard " + id + " was changed concurrently");
        }
        return expectedVersion + 1;
    }

    /**
     * Qualifies a write of a scorecard (the outer row) or of its scores: only while the card's
     * evaluation is OPEN. From CONSENSUS on individual scores are frozen, and the rule is repeated
     * in the SQL so that no caller, however faulty, can change them (as published rubric versions).
     */
    private static Condition scoringOpen() {
        return DSL.exists(DSL.selectOne().from(VISIT).join(EVALUATION).on(EVALUATION.ID.eq(VISIT.EVALUATION_ID))
                .where(VISIT.ID.eq(SCORECARD.VISIT_ID).and(EVALUATION.STATUS.eq(OPEN))));
    }

    /** After a write changed nothing: refused because scoring has ended, or else a stale version. */
    private void requireScoringOpen(long scorecardId) {
        if (!db.fetchExists(DSL.selectOne().from(SCORECARD).where(SCORECARD.ID.eq(scorecardId).and(scoringOpen())))) {
            throw new RuleViolation(SCORING_CLOSED);
        }
    }

    // ---- Scores ----

    public Map<String, ScoreEntry> scores(long scorecardId) {
        return scores(List.of(scorecardId)).getOrDefault(scorecardId, Map.of());
    }

    /** Scores by scorecard id, each by criterion code; scorecards without scores are absent. */
    public Map<Long, Map<String, ScoreEntry>> scores(Collection<Long> scorecardIds) {
        Map<Long, Map<String, ScoreEntry>> scores = new HashMap<>();
        if (scorecardIds.isEmpty()) {
            return scores;
        }
        List<ScoreRecord> rows = db.selectFrom(SCORE).where(SCORE.SCORECARD_ID.in(scorecardIds)).fetch();
        Map<Long, List<Long>> calls = new HashMap<>();
        db.select(SCORE_CALL.SCORE_ID, SCORE_CALL.CALL_ID).from(SCORE_CALL).join(SCORE)
                .on(SCORE.ID.eq(SCORE_CALL.SCORE_ID)).where(SCORE.SCORECARD_ID.in(scorecardIds))
                .orderBy(SCORE_CALL.CALL_ID)
                .forEach(r -> calls.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        for (ScoreRecord r : rows) {
            scores.computeIfAbsent(r.getScorecardId(), k -> new HashMap<>()).put(r.getCriterionCode(),
                    new ScoreEntry(r.getCriterionCode(), new Mark(r.getScoreValue(), r.getNotApplicable(),
                            r.getGatePassed()), r.getEvidence(), calls.getOrDefault(r.getId(), List.of()),
                            r.getVersion(), r.getAfterUnblinding()));
        }
        return scores;
    }

    /**
     * Stores a criterion's new state: inserted when nothing was stored yet, else updated only
     * if the stored version is still the one the entry was read at. Returns the entry with its
     * new version.
     */
    public ScoreEntry save(long scorecardId, ScoreEntry entry, boolean afterUnblinding, Instant now) {
        long scoreId;
        int version;
        if (entry.version() == ScoreEntry.UNSAVED) {
            // Inserted only from a card of an evaluation still open for scoring, in the same statement.
            int inserted = db.insertInto(SCORE, SCORE.SCORECARD_ID, SCORE.CRITERION_CODE, SCORE.SCORE_VALUE,
                            SCORE.NOT_APPLICABLE, SCORE.GATE_PASSED, SCORE.EVIDENCE, SCORE.UPDATED_AT,
                            SCORE.AFTER_UNBLINDING, SCORE.VERSION)
                    .select(DSL.select(SCORECARD.ID, DSL.val(entry.criterionCode()),
                                    DSL.val(entry.mark().level(), SCORE.SCORE_VALUE),
                                    DSL.val(entry.mark().notApplicable()), DSL.val(entry.mark().passed(), SCORE.GATE_PASSED),
                                    DSL.val(blankToNull(entry.evidence()), SCORE.EVIDENCE), DSL.val(utc(now)),
                                    DSL.val(afterUnblinding), DSL.val(0))
                            .from(SCORECARD).where(SCORECARD.ID.eq(scorecardId).and(scoringOpen())))
                    .execute();
            if (inserted != 1) {
                throw new RuleViolation(SCORING_CLOSED);
            }
            scoreId = db.select(SCORE.ID).from(SCORE).where(SCORE.SCORECARD_ID.eq(scorecardId)
                    .and(SCORE.CRITERION_CODE.eq(entry.criterionCode()))).fetchOne(SCORE.ID);
            version = 0;
        } else {
            scoreId = db.select(SCORE.ID).from(SCORE).where(SCORE.SCORECARD_ID.eq(scorecardId)
                    .and(SCORE.CRITERION_CODE.eq(entry.criterionCode()))).fetchOne(SCORE.ID);
            int updated = db.update(SCORE)
                    .set(SCORE.SCORE_VALUE, entry.mark().level())
                    .set(SCORE.NOT_APPLICABLE, entry.mark().notApplicable())
                    .set(SCORE.GATE_PASSED, entry.mark().passed())
                    .set(SCORE.EVIDENCE, blankToNull(entry.evidence()))
                    .set(SCORE.UPDATED_AT, utc(now))
                    // Once changed after unblinding, always marked.
                    .set(SCORE.AFTER_UNBLINDING, afterUnblinding ? DSL.val(true) : SCORE.AFTER_UNBLINDING)
                    .set(SCORE.VERSION, entry.version() + 1)
                    .where(SCORE.ID.eq(scoreId).and(SCORE.VERSION.eq(entry.version()))
                            .and(DSL.exists(DSL.selectOne().from(SCORECARD)
                                    .where(SCORECARD.ID.eq(scorecardId).and(scoringOpen())))))
                    .execute();
            if (updated != 1) {
                requireScoringOpen(scorecardId);
                throw new OptimisticLockingFailureException("Score " + scoreId + " was changed concurrently");
            }
            version = entry.version() + 1;
        }
        db.deleteFrom(SCORE_CALL).where(SCORE_CALL.SCORE_ID.eq(scoreId)).execute();
        for (Long callId : entry.callIds()) {
            db.insertInto(SCORE_CALL).set(SCORE_CALL.SCORE_ID, scoreId).set(SCORE_CALL.CALL_ID, callId).execute();
        }
        return new ScoreEntry(entry.criterionCode(), entry.mark(), blankToNull(entry.evidence()), entry.callIds(),
                version, entry.afterUnblinding() || afterUnblinding);
    }

    /** Whether a call is linked as evidence to any score. */
    public boolean isLinked(long callId) {
        return db.fetchExists(SCORE_CALL, SCORE_CALL.CALL_ID.eq(callId));
    }

    /**
     * The "own scores submitted" of the blind rule: the evaluator attends at least one visit to
     * the vendor in the evaluation that is not cancelled, has a submitted scorecard for every
     * one of them (a planned visit still to come counts as not submitted), and has no draft
     * card for the vendor left anywhere (say on a visit they no longer attend).
     */
    public boolean submittedAllFor(long evaluationId, long vendorId, long evaluatorId) {
        var submitted = DSL.count(SCORECARD.ID).filterWhere(SCORECARD.STATUS.eq(ScorecardStatus.SUBMITTED.name()));
        var attended = db.select(DSL.count(), submitted).from(VISIT)
                .join(VISIT_ATTENDEE).on(VISIT_ATTENDEE.VISIT_ID.eq(VISIT.ID).and(VISIT_ATTENDEE.USER_ID.eq(evaluatorId)))
                .leftJoin(SCORECARD).on(SCORECARD.VISIT_ID.eq(VISIT.ID).and(SCORECARD.EVALUATOR_ID.eq(evaluatorId)))
                .where(VISIT.EVALUATION_ID.eq(evaluationId).and(VISIT.VENDOR_ID.eq(vendorId))
                        .and(VISIT.STATUS.ne(VisitStatus.CANCELLED.name())))
                .fetchOne();
        int drafts = db.selectCount().from(SCORECARD).join(VISIT).on(VISIT.ID.eq(SCORECARD.VISIT_ID))
                .where(VISIT.EVALUATION_ID.eq(evaluationId).and(VISIT.VENDOR_ID.eq(vendorId))
                        .and(VISIT.STATUS.ne(VisitStatus.CANCELLED.name()))
                        .and(SCORECARD.EVALUATOR_ID.eq(evaluatorId))
                        .and(SCORECARD.STATUS.eq(ScorecardStatus.DRAFT.name())))
                .fetchOne(0, int.class);
        return attended.value1() > 0 && attended.value2().equals(attended.value1()) && drafts == 0;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
