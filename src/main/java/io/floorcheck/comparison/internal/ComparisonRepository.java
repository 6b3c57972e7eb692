package io.floorcheck.comparison.internal;

import static io.floorcheck.db.Tables.APP_USER;
import static io.floorcheck.db.Tables.COI_DECLARATION;
import static io.floorcheck.db.Tables.CRITERION;
import static io.floorcheck.db.Tables.EVALUATION;
import static io.floorcheck.db.Tables.EVALUATION_MEMBER;
import static io.floorcheck.db.Tables.EVALUATION_VENDOR;
import static io.floorcheck.db.Tables.EXPECTATION;
import static io.floorcheck.db.Tables.LEADERSHIP_SCORECARD;
import static io.floorcheck.db.Tables.RECOMMENDATION;
import static io.floorcheck.db.Tables.RECOMMENDATION_SCORE;
import static io.floorcheck.db.Tables.RUBRIC_SECTION;
import static io.floorcheck.db.Tables.SCORE;
import static io.floorcheck.db.Tables.SCORECARD;
import static io.floorcheck.db.Tables.VENDOR;
import static io.floorcheck.db.Tables.VISIT;
import static io.floorcheck.db.Tables.VISIT_ATTENDEE;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.floorcheck.comparison.ComparisonData;
import io.floorcheck.comparison.ComparisonData.ExpectationRow;
import io.floorcheck.comparison.ComparisonData.ProposalRow;
import io.floorcheck.comparison.ComparisonData.RubricRow;
import io.floorcheck.comparison.ComparisonData.ScoreRow;
import io.floorcheck.comparison.ComparisonData.Vendor;
import io.floorcheck.comparison.ComparisonData.WeightsRow;
import io.floorcheck.scoring.Part;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * Loads an evaluation's comparison data in nine statements, whatever the number of vendors,
 * criteria, evaluators, visits and recommendations: one flat, joined query per kind of row,
 * put together in memory. Which marks count is decided here, once, for the engine and the
 * data package alike.
 */
@Repository
public class ComparisonRepository {

    /** Scorecards in this status count; drafts and cards closed unsubmitted never do. */
    private static final String SUBMITTED = "SUBMITTED";
    private static final String CANCELLED = "CANCELLED";
    private static final Set<String> MAY_CONTRIBUTE = Set.of("NONE", "ALLOWED");

    private final DSLContext db;

    public ComparisonRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<ComparisonData> load(long evaluationId) {
        var evaluation = db.selectFrom(EVALUATION).where(EVALUATION.ID.eq(evaluationId)).fetchOptional();
        if (evaluation.isEmpty()) {
            return Optional.empty();
        }
        var e = evaluation.get();
        Map<Long, Part> parts = Map.of(e.getVisitRubricId(), Part.VISIT, e.getRecommendationRubricId(),
                Part.RECOMMENDATION, e.getSessionRubricId(), Part.SESSION);

        List<Vendor> vendors = vendors(evaluationId);
        List<RubricRow> rubric = db.select(RUBRIC_SECTION.RUBRIC_VERSION_ID, RUBRIC_SECTION.CODE, RUBRIC_SECTION.WEIGHT,
                        CRITERION.CODE, CRITERION.TITLE, CRITERION.WEIGHT, CRITERION.SCALE_MIN, CRITERION.SCALE_MAX,
                        CRITERION.GATE, CRITERION.NA_ALLOWED, CRITERION.UPSELL_MINIMUM, RUBRIC_SECTION.SORT_ORDER,
                        CRITERION.SORT_ORDER)
                .from(RUBRIC_SECTION).join(CRITERION).on(CRITERION.SECTION_ID.eq(RUBRIC_SECTION.ID))
                .where(RUBRIC_SECTION.RUBRIC_VERSION_ID.in(parts.keySet()))
                .fetch().stream()
                // The part's order (visit, recommendation, session), then each rubric's own.
                .sorted(Comparator.comparing((Record r) -> parts.get(r.get(RUBRIC_SECTION.RUBRIC_VERSION_ID)))
                        .thenComparing(r -> r.get(RUBRIC_SECTION.SORT_ORDER))
                        .thenComparing(r -> r.get(CRITERION.SORT_ORDER)))
                .map(r -> new RubricRow(parts.get(r.get(RUBRIC_SECTION.RUBRIC_VERSION_ID)),
                        r.get(RUBRIC_SECTION.RUBRIC_VERSION_ID), r.get(RUBRIC_SECTION.CODE),
                        r.get(RUBRIC_SECTION.WEIGHT), r.get(CRITERION.CODE), r.get(CRITERION.TITLE),
                        r.get(CRITERION.WEIGHT), r.get(CRITERION.SCALE_MIN), r.get(CRITERION.SCALE_MAX),
                        r.get(CRITERION.GATE), r.get(CRITERION.NA_ALLOWED), r.get(CRITERION.UPSELL_MINIMUM)))
                .toList();

        // The team's evaluators now, by login; a card of anyone else (removed, now a reader) does not count.
        Map<Long, String> evaluators = new HashMap<>();
        db.select(EVALUATION_MEMBER.USER_ID, APP_USER.EMAIL).from(EVALUATION_MEMBER).join(APP_USER)
                .on(APP_USER.ID.eq(EVALUATION_MEMBER.USER_ID))
                .where(EVALUATION_MEMBER.EVALUATION_ID.eq(evaluationId).and(EVALUATION_MEMBER.ROLE.eq("EVALUATOR")))
                .forEach(r -> evaluators.put(r.value1(), r.value2()));
        // Who may contribute for which vendor: declared, and not waiting for or excluded by the lead.
        Set<String> contributes = new HashSet<>();
        db.select(COI_DECLARATION.USER_ID, COI_DECLARATION.VENDOR_ID, COI_DECLARATION.REVIEW).from(COI_DECLARATION)
                .where(COI_DECLARATION.EVALUATION_ID.eq(evaluationId))
                .forEach(r -> {
                    if (MAY_CONTRIBUTE.contains(r.value3())) {
                        contributes.add(r.value1() + "|" + r.value2());
                    }
                });

        List<ScoreRow> scores = new ArrayList<>();
        db.select(SCORE.CRITERION_CODE, SCORE.SCORE_VALUE, SCORE.NOT_APPLICABLE, SCORE.GATE_PASSED, SCORE.EVIDENCE,
                        SCORE.UPDATED_AT, SCORECARD.EVALUATOR_ID, SCORECARD.SUBMITTED_AT, VISIT.ID, VISIT.VENDOR_ID)
                .from(SCORE).join(SCORECARD).on(SCORECARD.ID.eq(SCORE.SCORECARD_ID))
                .join(VISIT).on(VISIT.ID.eq(SCORECARD.VISIT_ID))
                // Cards of visits the evaluator still attends: one taken off a visit no longer counts there.
                .join(VISIT_ATTENDEE).on(VISIT_ATTENDEE.VISIT_ID.eq(VISIT.ID)
                        .and(VISIT_ATTENDEE.USER_ID.eq(SCORECARD.EVALUATOR_ID)))
                .where(VISIT.EVALUATION_ID.eq(evaluationId).and(VISIT.STATUS.ne(CANCELLED))
                        .and(SCORECARD.STATUS.eq(SUBMITTED)))
                .orderBy(VISIT.ID, SCORECARD.EVALUATOR_ID, SCORE.ID)
                .forEach(r -> {
                    long user = r.get(SCORECARD.EVALUATOR_ID);
                    long vendor = r.get(VISIT.VENDOR_ID);
                    if (counts(r.get(SCORE.SCORE_VALUE), r.get(SCORE.NOT_APPLICABLE), r.get(SCORE.GATE_PASSED))
                            && evaluators.containsKey(user) && contributes.contains(user + "|" + vendor)) {
                        scores.add(new ScoreRow(Part.VISIT, vendor, r.get(VISIT.ID), evaluators.get(user), null, false,
                                r.get(SCORE.CRITERION_CODE), r.get(SCORE.SCORE_VALUE), r.get(SCORE.NOT_APPLICABLE),
                                r.get(SCORE.GATE_PASSED), r.get(SCORE.EVIDENCE), instant(r.get(SCORE.UPDATED_AT)),
                                instant(r.get(SCORECARD.SUBMITTED_AT))));
                    }
                });

        List<ProposalRow> proposals = new ArrayList<>();
        Set<Long> merged = new HashSet<>();
        db.select(RECOMMENDATION.ID, RECOMMENDATION.TITLE, RECOMMENDATION.UPSELL, RECOMMENDATION.MERGED_INTO,
                        VISIT.ID, VISIT.VENDOR_ID)
                .from(RECOMMENDATION).join(VISIT).on(VISIT.ID.eq(RECOMMENDATION.VISIT_ID))
                .where(VISIT.EVALUATION_ID.eq(evaluationId).and(VISIT.STATUS.ne(CANCELLED)))
                .orderBy(RECOMMENDATION.ID)
                .forEach(r -> {
                    if (r.get(RECOMMENDATION.MERGED_INTO) != null) {
                        merged.add(r.get(RECOMMENDATION.ID));
                    } else {
                        proposals.add(new ProposalRow(r.get(RECOMMENDATION.ID), r.get(VISIT.VENDOR_ID),
                                r.get(VISIT.ID), r.get(RECOMMENDATION.TITLE), r.get(RECOMMENDATION.UPSELL)));
                    }
                });
        Map<Long, Boolean> upsell = new HashMap<>();
        proposals.forEach(p -> upsell.put(p.id(), p.upsell()));

        db.select(RECOMMENDATION_SCORE.RECOMMENDATION_ID, RECOMMENDATION_SCORE.CRITERION_CODE,
                        RECOMMENDATION_SCORE.SCORE_VALUE, RECOMMENDATION_SCORE.NOT_APPLICABLE,
                        RECOMMENDATION_SCORE.GATE_PASSED, RECOMMENDATION_SCORE.EVIDENCE, RECOMMENDATION_SCORE.UPDATED_AT,
                        LEADERSHIP_SCORECARD.EVALUATOR_ID, LEADERSHIP_SCORECARD.SUBMITTED_AT, VISIT.ID, VISIT.VENDOR_ID)
                .from(RECOMMENDATION_SCORE).join(LEADERSHIP_SCORECARD)
                .on(LEADERSHIP_SCORECARD.ID.eq(RECOMMENDATION_SCORE.SCORECARD_ID))
                .join(VISIT).on(VISIT.ID.eq(LEADERSHIP_SCORECARD.VISIT_ID))
                .join(VISIT_ATTENDEE).on(VISIT_ATTENDEE.VISIT_ID.eq(VISIT.ID)
                        .and(VISIT_ATTENDEE.USER_ID.eq(LEADERSHIP_SCORECARD.EVALUATOR_ID)))
                .where(VISIT.EVALUATION_ID.eq(evaluationId).and(VISIT.STATUS.ne(CANCELLED))
                        .and(LEADERSHIP_SCORECARD.STATUS.eq(SUBMITTED)))
                .orderBy(VISIT.ID, LEADERSHIP_SCORECARD.EVALUATOR_ID, RECOMMENDATION_SCORE.ID)
                .forEach(r -> {
                    long user = r.get(LEADERSHIP_SCORECARD.EVALUATOR_ID);
                    long vendor = r.get(VISIT.VENDOR_ID);
                    Long recommendation = r.get(RECOMMENDATION_SCORE.RECOMMENDATION_ID);
                    boolean kept = recommendation == null || upsell.containsKey(recommendation);
                    if (kept && counts(r.get(RECOMMENDATION_SCORE.SCORE_VALUE),
                            r.get(RECOMMENDATION_SCORE.NOT_APPLICABLE), r.get(RECOMMENDATION_SCORE.GATE_PASSED))
                            && evaluators.containsKey(user) && contributes.contains(user + "|" + vendor)) {
                        scores.add(new ScoreRow(recommendation == null ? Part.SESSION : Part.RECOMMENDATION, vendor,
                                r.get(VISIT.ID), evaluators.get(user), recommendation,
                                recommendation != null && upsell.get(recommendation),
                                r.get(RECOMMENDATION_SCORE.CRITERION_CODE), r.get(RECOMMENDATION_SCORE.SCORE_VALUE),
                                r.get(RECOMMENDATION_SCORE.NOT_APPLICABLE), r.get(RECOMMENDATION_SCORE.GATE_PASSED),
                                r.get(RECOMMENDATION_SCORE.EVIDENCE), instant(r.get(RECOMMENDATION_SCORE.UPDATED_AT)),
                                instant(r.get(LEADERSHIP_SCORECARD.SUBMITTED_AT))));
                    }
                });

        List<ExpectationRow> expectations = new ArrayList<>();
        db.select(EXPECTATION.VISIT_ID, EXPECTATION.USER_ID, EXPECTATION.SECTION_CODE, EXPECTATION.EXPECTED_SCORE,
                        VISIT.VENDOR_ID)
                .from(EXPECTATION).join(VISIT).on(VISIT.ID.eq(EXPECTATION.VISIT_ID))
                .where(VISIT.EVALUATION_ID.eq(evaluationId).and(VISIT.STATUS.ne(CANCELLED))
                        .and(EXPECTATION.EXPECTED_SCORE.isNotNull()))
                .orderBy(EXPECTATION.VISIT_ID, EXPECTATION.USER_ID, EXPECTATION.SECTION_CODE)
                .forEach(r -> {
                    if (evaluators.containsKey(r.value2())) {
                        expectations.add(new ExpectationRow(r.value1(), r.value5(), evaluators.get(r.value2()),
                                r.value3(), r.value4()));
                    }
                });

        return Optional.of(new ComparisonData(evaluationId, e.getName(), e.getStatus(),
                new WeightsRow(e.getVisitWeight(), e.getLeadershipWeight(), e.getRecommendationShare(),
                        e.getSessionShare()),
                // The evaluators are those with a mark that counts: the bootstrap draws from exactly the
                // people in scores.csv, so anyone can redraw its resamples from the package.
                rubric, vendors, scores.stream().map(ScoreRow::evaluator).distinct().sorted().toList(), scores,
                proposals, expectations,
                List.of(), List.of()));
    }

    /** The candidates by id, each named by its short name (with its id where two share one). */
    private List<Vendor> vendors(long evaluationId) {
        var rows = db.select(VENDOR.ID, VENDOR.SHORT_NAME).from(EVALUATION_VENDOR).join(VENDOR)
                .on(VENDOR.ID.eq(EVALUATION_VENDOR.VENDOR_ID))
                .where(EVALUATION_VENDOR.EVALUATION_ID.eq(evaluationId)).orderBy(VENDOR.ID).fetch();
        Map<String, Integer> uses = new HashMap<>();
        rows.forEach(r -> uses.merge(r.value2(), 1, Integer::sum));
        return rows.stream().map(r -> new Vendor(r.value1(), uses.get(r.value2()) > 1
                ? r.value2() + " (#" + r.value1() + ")" : r.value2())).toList();
    }

    /** A mark: a level, N/A, or a gate's pass/fail (an unscored row is no mark). */
    private static boolean counts(Integer value, Boolean notApplicable, Boolean gatePassed) {
        return value != null || Boolean.TRUE.equals(notApplicable) || gatePassed != null;
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

}
