package io.floorcheck.recommendation.internal;

import static io.floorcheck.db.Tables.EVALUATION;
import static io.floorcheck.db.Tables.LEADERSHIP_SCORECARD;
import static io.floorcheck.db.Tables.RECOMMENDATION;
import static io.floorcheck.db.Tables.RECOMMENDATION_SCORE;
import static io.floorcheck.db.Tables.VISIT;
import static io.floorcheck.db.Tables.VISIT_ATTENDEE;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.floorcheck.base.Mark;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.db.tables.records.LeadershipScorecardRecord;
import io.floorcheck.db.tables.records.RecommendationScoreRecord;
import io.floorcheck.visit.ScoreEntry;
import io.floorcheck.visit.ScorecardStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/** Leadership scorecards and their scores, per recommendation and for the session. */
@Repository
public class LeadershipScorecardRepository {

    private static final String SCORING_CLOSED = "scorecards.error.scoringClosed";
    private static final String OPEN = "OPEN";

    private final DSLContext db;

    LeadershipScorecardRepository(DSLContext db) {
        this.db = db;
    }

    /** The stored scorecard row. */
    public record Row(long id, int version, long visitId, long evaluatorId, long recommendationRubricVersionId,
            long sessionRubricVersionId, ScorecardStatus status, Instant firstSubmittedAt, Instant submittedAt,
            String resumeAt, String reopenReason) {
    }

    /**
     * The scores of one scorecard: by recommendation id and criterion code, and the session's by
     * criterion code.
     */
    public record Scores(Map<Long, Map<String, ScoreEntry>> recommendations, Map<String, ScoreEntry> session) {

        public static final Scores NONE = new Scores(Map.of(), Map.of());

        public Scores {
            Map<Long, Map<String, ScoreEntry>> copy = new HashMap<>();
            recommendations.forEach((id, byCode) -> copy.put(id, Map.copyOf(byCode)));
            recommendations = Map.copyOf(copy);
            session = Map.copyOf(session);
        }
    }

    /**
     * What a merge did on one scorecard that had scored the duplicate: {@code count} scores
     * moved to the recommendation kept, or none ({@code moved} false) because the scorecard had
     * scored the kept one itself; {@code describe} lists the duplicate's scores, for the audit.
     */
    public record Moved(long scorecardId, boolean moved, int count, String describe) {
    }

    /**
     * One person's leadership card for a visit, as far as counting its progress needs: the card
     * ({@code id} and {@code status} null when never opened) and the rubric versions it is scored
     * against (the card's own, or the evaluation's for a card not yet opened).
     */
    public record Progressing(long visitId, Long id, ScorecardStatus status, long recommendationRubricVersionId,
            long sessionRubricVersionId) {
    }

    /** The user's cards for those of the visits given that they attend, one row per visit, in one query. */
    public List<Progressing> progressing(Collection<Long> visitIds, long userId) {
        if (visitIds.isEmpty()) {
            return List.of();
        }
        return db.select(VISIT.ID, LEADERSHIP_SCORECARD.ID, LEADERSHIP_SCORECARD.STATUS,
                        DSL.coalesce(LEADERSHIP_SCORECARD.RECOMMENDATION_RUBRIC_VERSION_ID,
                                EVALUATION.RECOMMENDATION_RUBRIC_ID),
                        DSL.coalesce(LEADERSHIP_SCORECARD.SESSION_RUBRIC_VERSION_ID, EVALUATION.SESSION_RUBRIC_ID))
                .from(VISIT).join(EVALUATION).on(EVALUATION.ID.eq(VISIT.EVALUATION_ID))
                .join(VISIT_ATTENDEE).on(VISIT_ATTENDEE.VISIT_ID.eq(VISIT.ID).and(VISIT_ATTENDEE.USER_ID.eq(userId)))
                .leftJoin(LEADERSHIP_SCORECARD).on(LEADERSHIP_SCORECARD.VISIT_ID.eq(VISIT.ID)
                        .and(LEADERSHIP_SCORECARD.EVALUATOR_ID.eq(userId)))
                .where(VISIT.ID.in(visitIds))
                .fetch(r -> new Progressing(r.value1(), r.value2(),
                        r.value3() == null ? null : ScorecardStatus.valueOf(r.value3()), r.value4(), r.value5()));
    }

    /**
     * How many items of each card have a mark, counting only the session and the recommendations
     * that still stand (a merged one's scores moved to the one kept), as the card's progress does.
     */
    public Map<Long, Integer> marked(Collection<Long> scorecardIds) {
        if (scorecardIds.isEmpty()) {
            return Map.of();
        }
        var marked = RECOMMENDATION_SCORE.SCORE_VALUE.isNotNull().or(RECOMMENDATION_SCORE.NOT_APPLICABLE.isTrue())
                .or(RECOMMENDATION_SCORE.GATE_PASSED.isNotNull());
        return db.select(RECOMMENDATION_SCORE.SCORECARD_ID, DSL.count()).from(RECOMMENDATION_SCORE)
                .leftJoin(RECOMMENDATION).on(RECOMMENDATION.ID.eq(RECOMMENDATION_SCORE.RECOMMENDATION_ID))
                .where(RECOMMENDATION_SCORE.SCORECARD_ID.in(scorecardIds).and(marked)
                        .and(RECOMMENDATION_SCORE.RECOMMENDATION_ID.isNull().or(RECOMMENDATION.MERGED_INTO.isNull())))
                .groupBy(RECOMMENDATION_SCORE.SCORECARD_ID)
                .fetchMap(RECOMMENDATION_SCORE.SCORECARD_ID, DSL.count());
    }

    /** The evaluation a card belongs to (through its visit), read without a lock. */
    public Optional<Long> evaluationOf(long id) {
        return db.select(VISIT.EVALUATION_ID).from(LEADERSHIP_SCORECARD).join(VISIT)
                .on(VISIT.ID.eq(LEADERSHIP_SCORECARD.VISIT_ID)).where(LEADERSHIP_SCORECARD.ID.eq(id))
                .fetchOptional(VISIT.EVALUATION_ID);
    }

    /** The row under a write lock: one change to a scorecard at a time, whichever tab sends it. */
    public Optional<Row> lock(long id) {
        return db.selectFrom(LEADERSHIP_SCORECARD).where(LEADERSHIP_SCORECARD.ID.eq(id)).forUpdate()
                .fetchOptional(LeadershipScorecardRepository::row);
    }

    public Optional<Row> findFor(long visitId, long evaluatorId) {
        return db.selectFrom(LEADERSHIP_SCORECARD).where(LEADERSHIP_SCORECARD.VISIT_ID.eq(visitId)
                .and(LEADERSHIP_SCORECARD.EVALUATOR_ID.eq(evaluatorId)))
                .fetchOptional(LeadershipScorecardRepository::row);
    }

    public List<Row> ofVisit(long visitId) {
        return db.selectFrom(LEADERSHIP_SCORECARD).where(LEADERSHIP_SCORECARD.VISIT_ID.eq(visitId))
                .orderBy(LEADERSHIP_SCORECARD.ID).fetch(LeadershipScorecardRepository::row);
    }

    /** Every scorecard of a visit under lock, in id order (a merge moves scores on all of them). */
    public List<Row> lockOfVisit(long visitId) {
        return db.selectFrom(LEADERSHIP_SCORECARD).where(LEADERSHIP_SCORECARD.VISIT_ID.eq(visitId))
                .orderBy(LEADERSHIP_SCORECARD.ID).forUpdate().fetch(LeadershipScorecardRepository::row);
    }

    private static Row row(LeadershipScorecardRecord r) {
        return new Row(r.getId(), r.getVersion(), r.getVisitId(), r.getEvaluatorId(),
                r.getRecommendationRubricVersionId(), r.getSessionRubricVersionId(),
                ScorecardStatus.valueOf(r.getStatus()), instant(r.getFirstSubmittedAt()),
                instant(r.getSubmittedAt()), r.getResumeAt(), r.getReopenReason());
    }

    public long insert(long visitId, long evaluatorId, long recommendationRubricVersionId,
            long sessionRubricVersionId, Instant now) {
        return db.insertInto(LEADERSHIP_SCORECARD)
                .set(LEADERSHIP_SCORECARD.VISIT_ID, visitId)
                .set(LEADERSHIP_SCORECARD.EVALUATOR_ID, evaluatorId)
                .set(LEADERSHIP_SCORECARD.RECOMMENDATION_RUBRIC_VERSION_ID, recommendationRubricVersionId)
                .set(LEADERSHIP_SCORECARD.SESSION_RUBRIC_VERSION_ID, sessionRubricVersionId)
                .set(LEADERSHIP_SCORECARD.STATUS, ScorecardStatus.DRAFT.name())
                .set(LEADERSHIP_SCORECARD.CREATED_AT, utc(now))
                .set(LEADERSHIP_SCORECARD.VERSION, 0)
                .returning(LEADERSHIP_SCORECARD.ID)
                .fetchOne(LEADERSHIP_SCORECARD.ID);
    }

    /** Where the author was working; a bookmark, so it does not count as a change of the scorecard. */
    public void resumeAt(long id, String key) {
        db.update(LEADERSHIP_SCORECARD).set(LEADERSHIP_SCORECARD.RESUME_AT, key)
                .where(LEADERSHIP_SCORECARD.ID.eq(id)).execute();
    }

    public int submit(long id, int expectedVersion, Instant now) {
        return bump(db.update(LEADERSHIP_SCORECARD)
                .set(LEADERSHIP_SCORECARD.STATUS, ScorecardStatus.SUBMITTED.name())
                .setNull(LEADERSHIP_SCORECARD.REOPEN_REASON) // the reason went with the changes it explained
                .set(LEADERSHIP_SCORECARD.SUBMITTED_AT, utc(now))
                .set(LEADERSHIP_SCORECARD.FIRST_SUBMITTED_AT,
                        DSL.coalesce(LEADERSHIP_SCORECARD.FIRST_SUBMITTED_AT, DSL.val(utc(now))))
                .set(LEADERSHIP_SCORECARD.VERSION, expectedVersion + 1)
                .where(LEADERSHIP_SCORECARD.ID.eq(id).and(LEADERSHIP_SCORECARD.VERSION.eq(expectedVersion))
                        .and(scoringOpen()))
                .execute(), id, expectedVersion);
    }

    public int reopen(long id, int expectedVersion, String reason) {
        return bump(db.update(LEADERSHIP_SCORECARD)
                .set(LEADERSHIP_SCORECARD.STATUS, ScorecardStatus.DRAFT.name())
                .set(LEADERSHIP_SCORECARD.REOPEN_REASON, reason)
                .setNull(LEADERSHIP_SCORECARD.SUBMITTED_AT)
                .set(LEADERSHIP_SCORECARD.VERSION, expectedVersion + 1)
                .where(LEADERSHIP_SCORECARD.ID.eq(id).and(LEADERSHIP_SCORECARD.VERSION.eq(expectedVersion))
                        .and(scoringOpen()))
                .execute(), id, expectedVersion);
    }

    /**
     * The evaluation's cards in one status, locked: what the end of scoring reports is exactly
     * what it then closes, even where a card is opened or submitted at that moment.
     */
    public List<Row> lockOfEvaluation(long evaluationId, ScorecardStatus status) {
        return db.select(LEADERSHIP_SCORECARD.fields()).from(LEADERSHIP_SCORECARD).join(VISIT)
                .on(VISIT.ID.eq(LEADERSHIP_SCORECARD.VISIT_ID))
                .where(VISIT.EVALUATION_ID.eq(evaluationId).and(LEADERSHIP_SCORECARD.STATUS.eq(status.name())))
                .orderBy(LEADERSHIP_SCORECARD.ID).forUpdate().fetch(r -> row(r.into(LEADERSHIP_SCORECARD)));
    }

    /** Every card of the evaluation, in id order. */
    public List<Row> ofEvaluation(long evaluationId) {
        return db.select(LEADERSHIP_SCORECARD.fields()).from(LEADERSHIP_SCORECARD).join(VISIT)
                .on(VISIT.ID.eq(LEADERSHIP_SCORECARD.VISIT_ID)).where(VISIT.EVALUATION_ID.eq(evaluationId))
                .orderBy(LEADERSHIP_SCORECARD.ID).fetch(r -> row(r.into(LEADERSHIP_SCORECARD)));
    }

    /** Makes the evaluation's closed cards drafts again, for the reason given (scoring re-opened). */
    public int reopenClosed(long evaluationId, String reason) {
        return db.update(LEADERSHIP_SCORECARD).set(LEADERSHIP_SCORECARD.STATUS, ScorecardStatus.DRAFT.name())
                .set(LEADERSHIP_SCORECARD.REOPEN_REASON, reason)
                .set(LEADERSHIP_SCORECARD.VERSION, LEADERSHIP_SCORECARD.VERSION.plus(1))
                .where(LEADERSHIP_SCORECARD.STATUS.eq(ScorecardStatus.CLOSED.name()).and(LEADERSHIP_SCORECARD.VISIT_ID
                        .in(DSL.select(VISIT.ID).from(VISIT).where(VISIT.EVALUATION_ID.eq(evaluationId)))))
                .execute();
    }

    /** Closes these drafts (locked by the caller): scoring is over and they count for nothing. */
    public int close(Collection<Long> drafts) {
        if (drafts.isEmpty()) {
            return 0;
        }
        return db.update(LEADERSHIP_SCORECARD).set(LEADERSHIP_SCORECARD.STATUS, ScorecardStatus.CLOSED.name())
                .setNull(LEADERSHIP_SCORECARD.REOPEN_REASON)
                .set(LEADERSHIP_SCORECARD.VERSION, LEADERSHIP_SCORECARD.VERSION.plus(1))
                .where(LEADERSHIP_SCORECARD.ID.in(drafts)
                        .and(LEADERSHIP_SCORECARD.STATUS.eq(ScorecardStatus.DRAFT.name())))
                .execute();
    }

    /**
     * Qualifies a write of a leadership card (the outer row) or of its scores: only while the
     * card's evaluation is OPEN. From CONSENSUS on individual scores are frozen, and the rule is
     * repeated in the SQL so that no caller can change them (as published rubric versions).
     */
    private static Condition scoringOpen() {
        return DSL.exists(DSL.selectOne().from(VISIT).join(EVALUATION).on(EVALUATION.ID.eq(VISIT.EVALUATION_ID))
                .where(VISIT.ID.eq(LEADERSHIP_SCORECARD.VISIT_ID).and(EVALUATION.STATUS.eq(OPEN))));
    }

    /** After a write changed nothing: refused because scoring has ended, or else a stale version. */
    private void requireScoringOpen(long scorecardId) {
        if (!db.fetchExists(DSL.selectOne().from(LEADERSHIP_SCORECARD)
                .where(LEADERSHIP_SCORECARD.ID.eq(scorecardId).and(scoringOpen())))) {
            throw new RuleViolation(SCORING_CLOSED);
        }
    }

    private int bump(int updated, long id, int expectedVersion) {
        if (updated != 1) {
            requireScoringOpen(id);
            throw new OptimisticLockingFailureException("Leadership scorecard " + id + " was changed concurrently");
        }
        return expectedVersion + 1;
    }

    // ---- Scores ----

    public Scores scores(long scorecardId) {
        return scores(List.of(scorecardId)).getOrDefault(scorecardId, Scores.NONE);
    }

    /** Scores by scorecard id; scorecards without scores are absent. */
    public Map<Long, Scores> scores(Collection<Long> scorecardIds) {
        if (scorecardIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Long, Map<String, ScoreEntry>>> byRecommendation = new HashMap<>();
        Map<Long, Map<String, ScoreEntry>> session = new HashMap<>();
        for (RecommendationScoreRecord r : db.selectFrom(RECOMMENDATION_SCORE)
                .where(RECOMMENDATION_SCORE.SCORECARD_ID.in(scorecardIds)).fetch()) {
            ScoreEntry entry = new ScoreEntry(r.getCriterionCode(), new Mark(r.getScoreValue(), r.getNotApplicable(),
                    r.getGatePassed()), r.getEvidence(), List.of(), r.getVersion(), r.getAfterUnblinding());
            if (r.getRecommendationId() == null) {
                session.computeIfAbsent(r.getScorecardId(), k -> new HashMap<>()).put(r.getCriterionCode(), entry);
            } else {
                byRecommendation.computeIfAbsent(r.getScorecardId(), k -> new HashMap<>())
                        .computeIfAbsent(r.getRecommendationId(), k -> new HashMap<>()).put(r.getCriterionCode(), entry);
            }
        }
        Map<Long, Scores> scores = new HashMap<>();
        for (long id : scorecardIds) {
            if (byRecommendation.containsKey(id) || session.containsKey(id)) {
                scores.put(id, new Scores(byRecommendation.getOrDefault(id, Map.of()),
                        session.getOrDefault(id, Map.of())));
            }
        }
        return scores;
    }

    /**
     * Stores an item's new state (recommendation null: the session): inserted when nothing was
     * stored yet, else updated only if the stored version is still the one the entry was read at.
     */
    public ScoreEntry save(long scorecardId, Long recommendationId, ScoreEntry entry, boolean afterUnblinding,
            Instant now) {
        if (entry.version() == ScoreEntry.UNSAVED) {
            // Inserted only from a card of an evaluation still open for scoring, in the same statement.
            int inserted = db.insertInto(RECOMMENDATION_SCORE, RECOMMENDATION_SCORE.SCORECARD_ID,
                            RECOMMENDATION_SCORE.RECOMMENDATION_ID, RECOMMENDATION_SCORE.CRITERION_CODE,
                            RECOMMENDATION_SCORE.SCORE_VALUE, RECOMMENDATION_SCORE.NOT_APPLICABLE,
                            RECOMMENDATION_SCORE.GATE_PASSED, RECOMMENDATION_SCORE.EVIDENCE,
                            RECOMMENDATION_SCORE.UPDATED_AT, RECOMMENDATION_SCORE.AFTER_UNBLINDING,
                            RECOMMENDATION_SCORE.VERSION)
                    .select(DSL.select(LEADERSHIP_SCORECARD.ID,
                                    DSL.val(recommendationId, RECOMMENDATION_SCORE.RECOMMENDATION_ID),
                                    DSL.val(entry.criterionCode()),
                                    DSL.val(entry.mark().level(), RECOMMENDATION_SCORE.SCORE_VALUE),
                                    DSL.val(entry.mark().notApplicable()),
                                    DSL.val(entry.mark().passed(), RECOMMENDATION_SCORE.GATE_PASSED),
                                    DSL.val(blankToNull(entry.evidence()), RECOMMENDATION_SCORE.EVIDENCE),
                                    DSL.val(utc(now)), DSL.val(afterUnblinding), DSL.val(0))
                            .from(LEADERSHIP_SCORECARD)
                            .where(LEADERSHIP_SCORECARD.ID.eq(scorecardId).and(scoringOpen())))
                    .execute();
            if (inserted != 1) {
                throw new RuleViolation(SCORING_CLOSED);
            }
            return new ScoreEntry(entry.criterionCode(), entry.mark(), blankToNull(entry.evidence()), List.of(), 0,
                    afterUnblinding);
        }
        int updated = db.update(RECOMMENDATION_SCORE)
                .set(RECOMMENDATION_SCORE.SCORE_VALUE, entry.mark().level())
                .set(RECOMMENDATION_SCORE.NOT_APPLICABLE, entry.mark().notApplicable())
                .set(RECOMMENDATION_SCORE.GATE_PASSED, entry.mark().passed())
                .set(RECOMMENDATION_SCORE.EVIDENCE, blankToNull(entry.evidence()))
                .set(RECOMMENDATION_SCORE.UPDATED_AT, utc(now))
                // Once changed after unblinding, always marked.
                .set(RECOMMENDATION_SCORE.AFTER_UNBLINDING,
                        afterUnblinding ? DSL.val(true) : RECOMMENDATION_SCORE.AFTER_UNBLINDING)
                .set(RECOMMENDATION_SCORE.VERSION, entry.version() + 1)
                .where(item(scorecardId, recommendationId, entry.criterionCode())
                        .and(RECOMMENDATION_SCORE.VERSION.eq(entry.version()))
                        .and(DSL.exists(DSL.selectOne().from(LEADERSHIP_SCORECARD)
                                .where(LEADERSHIP_SCORECARD.ID.eq(scorecardId).and(scoringOpen())))))
                .execute();
        if (updated != 1) {
            requireScoringOpen(scorecardId);
            throw new OptimisticLockingFailureException("Score " + entry.criterionCode() + " was changed concurrently");
        }
        return new ScoreEntry(entry.criterionCode(), entry.mark(), blankToNull(entry.evidence()), List.of(),
                entry.version() + 1, entry.afterUnblinding() || afterUnblinding);
    }

    private static Condition item(long scorecardId, Long recommendationId, String criterionCode) {
        return RECOMMENDATION_SCORE.SCORECARD_ID.eq(scorecardId)
                .and(recommendationId == null ? RECOMMENDATION_SCORE.RECOMMENDATION_ID.isNull()
                        : RECOMMENDATION_SCORE.RECOMMENDATION_ID.eq(recommendationId))
                .and(RECOMMENDATION_SCORE.CRITERION_CODE.eq(criterionCode));
    }

    /**
     * Moves a merged duplicate's scores to the recommendation kept, scorecard by scorecard:
     * all of them where the scorecard has nothing (no mark, no note) for the kept one, none where
     * it has, so no scorecard ends up with a mix of two judgements. Returns, per scorecard that
     * had scored the duplicate, what was found and whether it moved. The caller holds the
     * scorecards' locks; the reads lock too, so they see the latest committed scores rather than
     * the transaction's snapshot.
     */
    public List<Moved> moveScores(long duplicateId, long keptId, Instant now) {
        Map<Long, List<RecommendationScoreRecord>> byCard = new LinkedHashMap<>();
        db.selectFrom(RECOMMENDATION_SCORE).where(RECOMMENDATION_SCORE.RECOMMENDATION_ID.eq(duplicateId))
                .orderBy(RECOMMENDATION_SCORE.SCORECARD_ID, RECOMMENDATION_SCORE.CRITERION_CODE).forUpdate().fetch()
                .stream().filter(LeadershipScorecardRepository::hasContent)
                .forEach(score -> byCard.computeIfAbsent(score.getScorecardId(), k -> new ArrayList<>()).add(score));
        List<Moved> result = new ArrayList<>();
        byCard.forEach((card, scores) -> {
            Map<String, RecommendationScoreRecord> kept = new HashMap<>();
            db.selectFrom(RECOMMENDATION_SCORE).where(RECOMMENDATION_SCORE.SCORECARD_ID.eq(card)
                    .and(RECOMMENDATION_SCORE.RECOMMENDATION_ID.eq(keptId))).forUpdate().fetch()
                    .forEach(score -> kept.put(score.getCriterionCode(), score));
            String describe = scores.stream().map(score -> score.getCriterionCode() + "=" + new Mark(
                    score.getScoreValue(), score.getNotApplicable(), score.getGatePassed()).describe()
                    + (blankToNull(score.getEvidence()) == null ? "" : ", evidence: " + score.getEvidence().strip()))
                    .collect(Collectors.joining("; "));
            if (kept.values().stream().anyMatch(LeadershipScorecardRepository::hasContent)) {
                result.add(new Moved(card, false, 0, describe));
                return;
            }
            for (RecommendationScoreRecord score : scores) {
                RecommendationScoreRecord emptied = kept.get(score.getCriterionCode());
                // A new version either way, so a tab still showing the kept one unscored (or
                // emptied) cannot overwrite what moved in unseen.
                int version = Math.max(score.getVersion(), emptied == null ? 0 : emptied.getVersion()) + 1;
                if (emptied != null) {
                    db.deleteFrom(RECOMMENDATION_SCORE).where(RECOMMENDATION_SCORE.ID.eq(emptied.getId())).execute();
                }
                db.update(RECOMMENDATION_SCORE)
                        .set(RECOMMENDATION_SCORE.RECOMMENDATION_ID, keptId)
                        .set(RECOMMENDATION_SCORE.VERSION, version)
                        .set(RECOMMENDATION_SCORE.UPDATED_AT, utc(now))
                        .where(RECOMMENDATION_SCORE.ID.eq(score.getId())).execute();
            }
            result.add(new Moved(card, true, scores.size(), describe));
        });
        return result;
    }

    private static boolean hasContent(RecommendationScoreRecord score) {
        return score.getScoreValue() != null || score.getNotApplicable() || score.getGatePassed() != null
                || blankToNull(score.getEvidence()) != null;
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
