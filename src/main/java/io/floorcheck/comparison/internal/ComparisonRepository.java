package io.floorcheck.comparison.internal;

import static io.floorcheck.db.Tables.APP_USER;
import static io.floorcheck.db.Tables.COI_DECLARATION;
import static io.floorcheck.db.Tables.CONSENSUS_VALUE;
import static io.floorcheck.db.Tables.CRITERION;
import static io.floorcheck.db.Tables.EVALUATION;
import static io.floorcheck.db.Tables.EVALUATION_MEMBER;
import static io.floorcheck.db.Tables.EVALUATION_VENDOR;
import static io.floorcheck.db.Tables.EXPECTATION;
import static io.floorcheck.db.Tables.GATE_WAIVER;
import static io.floorcheck.db.Tables.LEADERSHIP_SCORECARD;
import static io.floorcheck.db.Tables.OBSERVED_CALL;
import static io.floorcheck.db.Tables.RECOMMENDATION;
import static io.floorcheck.db.Tables.RECOMMENDATION_SCORE;
import static io.floorcheck.db.Tables.RUBRIC_SECTION;
import static io.floorcheck.db.Tables.SCORE;
import static io.floorcheck.db.Tables.SCORECARD;
import static io.floorcheck.db.Tables.SCORE_CALL;
import static io.floorcheck.db.Tables.VENDOR;
import static io.floorcheck.db.Tables.VENDOR_SITE;
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
import io.floorcheck.comparison.ComparisonData.ClosedCard;
import io.floorcheck.comparison.ComparisonData.ConsensusRow;
import io.floorcheck.comparison.ComparisonData.ExpectationRow;
import io.floorcheck.comparison.ComparisonData.ProposalRow;
import io.floorcheck.comparison.ComparisonData.RubricRow;
import io.floorcheck.comparison.ComparisonData.ScoreRow;
import io.floorcheck.comparison.ComparisonData.Vendor;
import io.floorcheck.comparison.ComparisonData.WaiverRow;
import io.floorcheck.comparison.ComparisonData.WeightsRow;
import io.floorcheck.scoring.Part;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Loads an evaluation's comparison data in fourteen statements, whatever the number of vendors,
 * criteria, evaluators, visits and recommendations: one flat, joined query per kind of row,
 * put together in memory. Which marks count is decided here, once, for the engine and the
 * data package alike.
 */
@Repository
public class ComparisonRepository {

    /** Scorecards in this status count; drafts and cards closed unsubmitted never do. */
    private static final String SUBMITTED = "SUBMITTED";
    private static final String CANCELLED = "CANCELLED";
    private static final String CLOSED = "CLOSED";
    private static final Set<String> MAY_CONTRIBUTE = Set.of("NONE", "ALLOWED");

    private final DSLContext db;

    public ComparisonRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<ComparisonData> load(long evaluationId) {
        var lockedBy = APP_USER.as("locked_by_user");
        var evaluation = db.select(EVALUATION.fields()).select(lockedBy.DISPLAY_NAME).from(EVALUATION)
                .leftJoin(lockedBy).on(lockedBy.ID.eq(EVALUATION.LOCKED_BY))
                .where(EVALUATION.ID.eq(evaluationId)).fetchOptional();
        if (evaluation.isEmpty()) {
            return Optional.empty();
        }
        var e = evaluation.get().into(EVALUATION);
        ComparisonData.Locked locked = e.getLockedAt() == null ? null
                : new ComparisonData.Locked(instant(e.getLockedAt()), evaluation.get().get(lockedBy.DISPLAY_NAME));
        Map<Long, Part> parts = Map.of(e.getVisitRubricId(), Part.VISIT, e.getRecommendationRubricId(),
                Part.RECOMMENDATION, e.getSessionRubricId(), Part.SESSION);

        List<Vendor> vendors = vendors(evaluationId);
        List<RubricRow> rubric = db.select(RUBRIC_SECTION.RUBRIC_VERSION_ID, RUBRIC_SECTION.CODE, RUBRIC_SECTION.WEIGHT,
                        CRITERION.CODE, CRITERION.TITLE, CRITERION.WEIGHT, CRITERION.SCALE_MIN, CRITERION.SCALE_MAX,
                        CRITERION.GATE, CRITERION.NA_ALLOWED, CRITERION.UPSELL_MINIMUM, RUBRIC_SECTION.SORT_ORDER,
                        CRITERION.SORT_ORDER, RUBRIC_SECTION.TITLE)
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
                        r.get(CRITERION.GATE), r.get(CRITERION.NA_ALLOWED), r.get(CRITERION.UPSELL_MINIMUM),
                        r.get(RUBRIC_SECTION.TITLE)))
                .toList();

        // The team's evaluators now, by login; a card of anyone else (removed, now a reader) does not count.
        Map<Long, String> evaluators = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        db.select(EVALUATION_MEMBER.USER_ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, EVALUATION_MEMBER.ROLE)
                .from(EVALUATION_MEMBER).join(APP_USER).on(APP_USER.ID.eq(EVALUATION_MEMBER.USER_ID))
                .where(EVALUATION_MEMBER.EVALUATION_ID.eq(evaluationId))
                .forEach(r -> {
                    names.put(r.value2(), r.value3());
                    if (r.value4().equals("EVALUATOR")) {
                        evaluators.put(r.value1(), r.value2());
                    }
                });
        // Who may contribute for which vendor: declared, and not waiting for or excluded by the lead.
        Set<String> contributes = new HashSet<>();
        db.select(COI_DECLARATION.USER_ID, COI_DECLARATION.VENDOR_ID, COI_DECLARATION.REVIEW).from(COI_DECLARATION)
                .where(COI_DECLARATION.EVALUATION_ID.eq(evaluationId))
                .forEach(r -> {
                    if (MAY_CONTRIBUTE.contains(r.value3())) {
                        contributes.add(r.value1() + "|" + r.value2());
                    }
                });

        // The calls linked to visit marks as evidence, for the consensus board.
        Map<Long, List<String>> calls = new HashMap<>();
        db.select(SCORE_CALL.SCORE_ID, OBSERVED_CALL.OBSERVED_AT, OBSERVED_CALL.QUEUE, OBSERVED_CALL.HANDLE_SECONDS,
                        OBSERVED_CALL.NOTE)
                .from(SCORE_CALL).join(OBSERVED_CALL).on(OBSERVED_CALL.ID.eq(SCORE_CALL.CALL_ID))
                .join(VISIT).on(VISIT.ID.eq(OBSERVED_CALL.VISIT_ID))
                .where(VISIT.EVALUATION_ID.eq(evaluationId))
                .orderBy(SCORE_CALL.SCORE_ID, OBSERVED_CALL.OBSERVED_AT, OBSERVED_CALL.ID)
                .forEach(r -> calls.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(callLabel(r.value2(), r.value3(), r.value4(), r.value5())));

        List<ScoreRow> scores = new ArrayList<>();
        db.select(SCORE.ID, SCORE.AFTER_UNBLINDING, SCORE.CRITERION_CODE, SCORE.SCORE_VALUE, SCORE.NOT_APPLICABLE, SCORE.GATE_PASSED, SCORE.EVIDENCE,
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
                                instant(r.get(SCORECARD.SUBMITTED_AT)), r.get(SCORE.AFTER_UNBLINDING),
                                calls.getOrDefault(r.get(SCORE.ID), List.of())));
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
                        RECOMMENDATION_SCORE.AFTER_UNBLINDING, LEADERSHIP_SCORECARD.EVALUATOR_ID, LEADERSHIP_SCORECARD.SUBMITTED_AT, VISIT.ID, VISIT.VENDOR_ID)
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
                                instant(r.get(LEADERSHIP_SCORECARD.SUBMITTED_AT)),
                                r.get(RECOMMENDATION_SCORE.AFTER_UNBLINDING), List.of()));
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

        // Agreed values and waivers in force (a withdrawn one is on the record only).
        var recorder = APP_USER.as("recorder");
        List<ConsensusRow> consensus = db.select(CONSENSUS_VALUE.fields()).select(recorder.EMAIL)
                .from(CONSENSUS_VALUE).join(recorder).on(recorder.ID.eq(CONSENSUS_VALUE.RECORDED_BY))
                .where(CONSENSUS_VALUE.EVALUATION_ID.eq(evaluationId).and(CONSENSUS_VALUE.WITHDRAWN_AT.isNull()))
                .orderBy(CONSENSUS_VALUE.ID)
                .fetch(r -> {
                    var c = r.into(CONSENSUS_VALUE);
                    return new ConsensusRow(Part.valueOf(c.getPart()), c.getVendorId(),
                            c.getRecommendationId() == 0 ? null : c.getRecommendationId(), c.getCriterionCode(),
                            c.getScoreValue(), c.getNotApplicable(), c.getGatePassed(), c.getRationale(),
                            r.get(recorder.EMAIL), instant(c.getRecordedAt()));
                }).stream()
                // An agreed value of a merged duplicate no longer has a recommendation to apply to.
                .filter(c -> c.recommendationId() == null || upsell.containsKey(c.recommendationId())).toList();
        List<WaiverRow> waivers = db.select(GATE_WAIVER.fields()).select(recorder.EMAIL)
                .from(GATE_WAIVER).join(recorder).on(recorder.ID.eq(GATE_WAIVER.RECORDED_BY))
                .where(GATE_WAIVER.EVALUATION_ID.eq(evaluationId).and(GATE_WAIVER.WITHDRAWN_AT.isNull()))
                .orderBy(GATE_WAIVER.ID)
                .fetch(r -> {
                    var w = r.into(GATE_WAIVER);
                    return new WaiverRow(w.getVendorId(), w.getGateCode(), w.getApprover(), w.getApproverRole(),
                            w.getReason(), r.get(recorder.EMAIL), instant(w.getRecordedAt()));
                });

        // Cards closed unsubmitted at the end of scoring, of both kinds, in one statement.
        List<ClosedCard> closed = new ArrayList<>();
        db.select(VISIT.VENDOR_ID, VISIT.ID, SCORECARD.EVALUATOR_ID, DSL.inline(Part.VISIT.name()).as("part"))
                .from(SCORECARD).join(VISIT).on(VISIT.ID.eq(SCORECARD.VISIT_ID))
                .where(VISIT.EVALUATION_ID.eq(evaluationId).and(SCORECARD.STATUS.eq(CLOSED)))
                .unionAll(DSL.select(VISIT.VENDOR_ID, VISIT.ID, LEADERSHIP_SCORECARD.EVALUATOR_ID,
                                DSL.inline(Part.SESSION.name()).as("part"))
                        .from(LEADERSHIP_SCORECARD).join(VISIT).on(VISIT.ID.eq(LEADERSHIP_SCORECARD.VISIT_ID))
                        .where(VISIT.EVALUATION_ID.eq(evaluationId).and(LEADERSHIP_SCORECARD.STATUS.eq(CLOSED))))
                .fetch()
                .forEach(r -> {
                    if (evaluators.containsKey(r.value3())) {
                        closed.add(new ClosedCard(r.value1(), r.value2(), evaluators.get(r.value3()),
                                Part.valueOf(r.value4())));
                    }
                });
        closed.sort(Comparator.comparing(ClosedCard::vendorId).thenComparing(ClosedCard::visitId)
                .thenComparing(ClosedCard::evaluator).thenComparing(ClosedCard::part));

        List<ComparisonData.VisitRow> visitRows = db.select(VISIT.fields()).select(VENDOR_SITE.CITY, VENDOR_SITE.COUNTRY)
                .from(VISIT).join(VENDOR_SITE).on(VENDOR_SITE.ID.eq(VISIT.SITE_ID))
                .where(VISIT.EVALUATION_ID.eq(evaluationId)).orderBy(VISIT.VENDOR_ID, VISIT.STARTS_AT, VISIT.ID)
                .fetch(r -> {
                    var v = r.into(VISIT);
                    return new ComparisonData.VisitRow(v.getId(), v.getVendorId(), r.get(VENDOR_SITE.CITY),
                            r.get(VENDOR_SITE.COUNTRY), v.getStartsAt(), v.getStatus(),
                            new io.floorcheck.visit.VisitIntegrity(v.getPickedAgents(), v.getUnsupervised(),
                                    v.getFocusGroupAlone(), v.getTypicalVolume(), v.getHospitality(),
                                    v.getIntegrityNote(), instant(v.getIntegrityRecordedAt())));
                });

        return Optional.of(new ComparisonData(evaluationId, e.getName(), e.getStatus(), locked,
                new WeightsRow(e.getVisitWeight(), e.getLeadershipWeight(), e.getRecommendationShare(),
                        e.getSessionShare()),
                // The evaluators are those with a mark that counts: the bootstrap draws from exactly the
                // people in scores.csv, so anyone can redraw its resamples from the package.
                rubric, vendors, scores.stream().map(ScoreRow::evaluator).distinct().sorted().toList(), names,
                scores, proposals, expectations, consensus, waivers, closed, visitRows));
    }

    /** A linked call as the board lists it: site time, queue, handle time and the start of its note. */
    private static String callLabel(java.time.LocalTime at, String queue, Integer seconds, String note) {
        List<String> parts = new ArrayList<>();
        if (at != null) {
            parts.add(at.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString());
        }
        if (queue != null && !queue.isBlank()) {
            parts.add(queue);
        }
        if (seconds != null) {
            parts.add(seconds / 60 + ":" + String.format(java.util.Locale.ROOT, "%02d", seconds % 60));
        }
        if (note != null && !note.isBlank()) {
            parts.add(note.length() > 80 ? note.substring(0, 79) + "…" : note);
        }
        return String.join(" · ", parts);
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
