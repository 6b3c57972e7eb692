package io.floorcheck.comparison.internal;

import static io.floorcheck.db.Tables.APP_USER;
import static io.floorcheck.db.Tables.COI_DECLARATION;
import static io.floorcheck.db.Tables.EVALUATION;
import static io.floorcheck.db.Tables.EVALUATION_MEMBER;
import static io.floorcheck.db.Tables.EVALUATION_VENDOR;
import static io.floorcheck.db.Tables.EXPECTATION;
import static io.floorcheck.db.Tables.LEADERSHIP_SCORECARD;
import static io.floorcheck.db.Tables.RECOMMENDATION;
import static io.floorcheck.db.Tables.RECOMMENDATION_SCORE;
import static io.floorcheck.db.Tables.RUBRIC;
import static io.floorcheck.db.Tables.RUBRIC_VERSION;
import static io.floorcheck.db.Tables.SCORE;
import static io.floorcheck.db.Tables.SCORECARD;
import static io.floorcheck.db.Tables.VENDOR;
import static io.floorcheck.db.Tables.VENDOR_SITE;
import static io.floorcheck.db.Tables.VISIT;
import static io.floorcheck.db.Tables.VISIT_ATTENDEE;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.DSLContext;

/**
 * An evaluation written straight into the tables, for the loader's tests on both databases:
 * every vendor has a completed visit and a cancelled one; Ada and Ben submit, Cem submits too but
 * is excluded from the first vendor and waits for the lead's decision on the second; Ben's card
 * for the first vendor is a draft; Dora was an evaluator and is now a reader; a duplicate
 * recommendation was merged into the one kept.
 */
final class ComparisonFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 10, 0);

    final DSLContext db;
    final String tag = "fx" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
    long evaluation;
    final List<Long> vendors = new ArrayList<>();
    final List<Long> visits = new ArrayList<>();
    long lead;
    long ada;
    long ben;
    long cem;
    long dora;
    long finn;
    long keptRecommendation;
    long mergedRecommendation;

    ComparisonFixture(DSLContext db) {
        this.db = db;
    }

    String email(String who) {
        return who + "." + tag + "@example.com";
    }

    ComparisonFixture seed(int vendorCount) {
        lead = user("lead");
        ada = user("ada");
        ben = user("ben");
        cem = user("cem");
        dora = user("dora");
        finn = user("finn");
        evaluation = db.insertInto(EVALUATION).set(EVALUATION.NAME, "Loader " + tag).set(EVALUATION.STATUS, "CONSENSUS")
                .set(EVALUATION.VISIT_RUBRIC_ID, shipped("shadow-visit"))
                .set(EVALUATION.RECOMMENDATION_RUBRIC_ID, shipped("leadership-recommendation"))
                .set(EVALUATION.SESSION_RUBRIC_ID, shipped("leadership-session"))
                .set(EVALUATION.VISIT_WEIGHT, new BigDecimal("60")).set(EVALUATION.LEADERSHIP_WEIGHT, new BigDecimal("40"))
                .set(EVALUATION.RECOMMENDATION_SHARE, new BigDecimal("0.7"))
                .set(EVALUATION.SESSION_SHARE, new BigDecimal("0.3"))
                .set(EVALUATION.CREATED_BY, lead).set(EVALUATION.CREATED_AT, AT)
                .returning(EVALUATION.ID).fetchOne(EVALUATION.ID);
        member(lead, "LEAD");
        member(ada, "EVALUATOR");
        member(ben, "EVALUATOR");
        member(cem, "EVALUATOR");
        member(dora, "READER");
        member(finn, "EVALUATOR");
        for (int v = 0; v < vendorCount; v++) {
            long vendor = db.insertInto(VENDOR).set(VENDOR.LEGAL_NAME, "Vendor " + v + " " + tag)
                    .set(VENDOR.LEGAL_NAME_KEY, "vendor " + v + " " + tag).set(VENDOR.SHORT_NAME, "V" + v)
                    .set(VENDOR.CREATED_AT, AT).returning(VENDOR.ID).fetchOne(VENDOR.ID);
            vendors.add(vendor);
            long site = db.insertInto(VENDOR_SITE).set(VENDOR_SITE.VENDOR_ID, vendor).set(VENDOR_SITE.SORT_ORDER, 1)
                    .set(VENDOR_SITE.CITY, "Łódź").set(VENDOR_SITE.COUNTRY, "Poland")
                    .set(VENDOR_SITE.TIME_ZONE, "Europe/Warsaw").returning(VENDOR_SITE.ID).fetchOne(VENDOR_SITE.ID);
            db.insertInto(EVALUATION_VENDOR).set(EVALUATION_VENDOR.EVALUATION_ID, evaluation)
                    .set(EVALUATION_VENDOR.VENDOR_ID, vendor).execute();
            declare(ada, vendor, "NONE");
            declare(ben, vendor, "NONE");
            declare(dora, vendor, "NONE");
            declare(finn, vendor, "NONE");
            declare(cem, vendor, v == 0 ? "EXCLUDED" : v == 1 ? "PENDING" : "NONE");
            long visit = visit(vendor, site, "COMPLETED");
            visits.add(visit);
            long cancelled = visit(vendor, site, "CANCELLED");
            for (long attendee : List.of(ada, ben, cem, dora)) {
                attend(visit, attendee);
            }
            attend(cancelled, ada);

            // Ada: 1.1 = 4, 1.2 N/A, G1 pass, 1.3 unscored (a row without a mark).
            long adaCard = card(visit, ada, "SUBMITTED");
            score(adaCard, "1.1", 4, false, null);
            score(adaCard, "1.2", null, true, null);
            score(adaCard, "G1", null, false, true);
            score(adaCard, "1.3", null, false, null);
            long benCard = card(visit, ben, v == 0 ? "DRAFT" : "SUBMITTED");
            score(benCard, "1.1", 2, false, null);
            score(card(visit, cem, "SUBMITTED"), "1.1", 1, false, null);
            score(card(visit, dora, "SUBMITTED"), "1.1", 5, false, null);
            // Finn submitted, then was taken off the visit's attendees: his card no longer counts.
            score(card(visit, finn, "SUBMITTED"), "1.1", 1, false, null);
            score(card(cancelled, ada, "SUBMITTED"), "1.1", 1, false, null);
            db.insertInto(EXPECTATION).set(EXPECTATION.VISIT_ID, visit).set(EXPECTATION.USER_ID, ada)
                    .set(EXPECTATION.SECTION_CODE, "1").set(EXPECTATION.EXPECTED_SCORE, 3)
                    .set(EXPECTATION.UPDATED_AT, AT).execute();

            long kept = recommendation(visit, "Kept " + v, null, v == 0);
            long merged = recommendation(visit, "Merged " + v, kept, false);
            if (v == 0) {
                keptRecommendation = kept;
                mergedRecommendation = merged;
            }
            long leadership = leadershipCard(visit, ada, "SUBMITTED");
            recommendationScore(leadership, kept, "R1", 4);
            recommendationScore(leadership, merged, "R1", 2);
            recommendationScore(leadership, null, "L1", 3);
            recommendationScore(leadershipCard(visit, ben, "DRAFT"), kept, "R1", 1);
        }
        return this;
    }

    private long user(String who) {
        return db.insertInto(APP_USER).set(APP_USER.EMAIL, email(who)).set(APP_USER.DISPLAY_NAME, who)
                .set(APP_USER.PASSWORD_HASH, "{noop}x").set(APP_USER.CREATED_AT, AT).set(APP_USER.UPDATED_AT, AT)
                .returning(APP_USER.ID).fetchOne(APP_USER.ID);
    }

    private long shipped(String key) {
        return db.select(RUBRIC_VERSION.ID).from(RUBRIC_VERSION).join(RUBRIC).on(RUBRIC.ID.eq(RUBRIC_VERSION.RUBRIC_ID))
                .where(RUBRIC.LIBRARY_KEY.eq(key).and(RUBRIC_VERSION.VERSION_NUMBER.eq(1))).fetchSingle().value1();
    }

    private void member(long user, String role) {
        db.insertInto(EVALUATION_MEMBER).set(EVALUATION_MEMBER.EVALUATION_ID, evaluation)
                .set(EVALUATION_MEMBER.USER_ID, user).set(EVALUATION_MEMBER.ROLE, role)
                .set(EVALUATION_MEMBER.ADDED_AT, AT).execute();
    }

    private void attend(long visit, long user) {
        db.insertInto(VISIT_ATTENDEE).set(VISIT_ATTENDEE.VISIT_ID, visit).set(VISIT_ATTENDEE.USER_ID, user).execute();
    }

    private void declare(long user, long vendor, String review) {
        boolean decided = review.equals("ALLOWED") || review.equals("EXCLUDED");
        db.insertInto(COI_DECLARATION).set(COI_DECLARATION.EVALUATION_ID, evaluation)
                .set(COI_DECLARATION.USER_ID, user).set(COI_DECLARATION.VENDOR_ID, vendor)
                .set(COI_DECLARATION.HAS_CONFLICT, !review.equals("NONE"))
                .set(COI_DECLARATION.DESCRIPTION, review.equals("NONE") ? null : "Former employee")
                .set(COI_DECLARATION.DECLARED_AT, AT).set(COI_DECLARATION.REVIEW, review)
                .set(COI_DECLARATION.MITIGATION_REASON, decided ? "Decided by the lead" : null)
                .set(COI_DECLARATION.MITIGATED_BY, decided ? lead : null)
                .set(COI_DECLARATION.MITIGATED_AT, decided ? AT : null).execute();
    }

    private long visit(long vendor, long site, String status) {
        return db.insertInto(VISIT).set(VISIT.EVALUATION_ID, evaluation).set(VISIT.VENDOR_ID, vendor)
                .set(VISIT.SITE_ID, site).set(VISIT.STARTS_AT, AT).set(VISIT.STATUS, status)
                .set(VISIT.CANCEL_REASON, status.equals("CANCELLED") ? "Site closed" : null)
                .set(VISIT.CREATED_AT, AT).returning(VISIT.ID).fetchOne(VISIT.ID);
    }

    private long card(long visit, long user, String status) {
        return db.insertInto(SCORECARD).set(SCORECARD.VISIT_ID, visit).set(SCORECARD.EVALUATOR_ID, user)
                .set(SCORECARD.RUBRIC_VERSION_ID, shipped("shadow-visit")).set(SCORECARD.STATUS, status)
                .set(SCORECARD.SUBMITTED_AT, status.equals("SUBMITTED") ? AT.plusHours(2) : null)
                .set(SCORECARD.CREATED_AT, AT).returning(SCORECARD.ID).fetchOne(SCORECARD.ID);
    }

    private void score(long card, String code, Integer value, boolean na, Boolean passed) {
        db.insertInto(SCORE).set(SCORE.SCORECARD_ID, card).set(SCORE.CRITERION_CODE, code).set(SCORE.SCORE_VALUE, value)
                .set(SCORE.NOT_APPLICABLE, na).set(SCORE.GATE_PASSED, passed)
                .set(SCORE.EVIDENCE, value != null && value != 3 ? "=Seen on the floor, +1 call" : null)
                .set(SCORE.UPDATED_AT, AT.plusHours(1)).execute();
    }

    private long recommendation(long visit, String title, Long mergedInto, boolean upsell) {
        return db.insertInto(RECOMMENDATION).set(RECOMMENDATION.VISIT_ID, visit).set(RECOMMENDATION.TITLE, title)
                .set(RECOMMENDATION.AREA, "WORKFLOW").set(RECOMMENDATION.CAPTURED_AT, AT)
                .set(RECOMMENDATION.CAPTURED_BY, ada).set(RECOMMENDATION.CAPTURE_KEY, title + tag)
                .set(RECOMMENDATION.MERGED_INTO, mergedInto).set(RECOMMENDATION.UPSELL, upsell)
                .returning(RECOMMENDATION.ID).fetchOne(RECOMMENDATION.ID);
    }

    private long leadershipCard(long visit, long user, String status) {
        return db.insertInto(LEADERSHIP_SCORECARD).set(LEADERSHIP_SCORECARD.VISIT_ID, visit)
                .set(LEADERSHIP_SCORECARD.EVALUATOR_ID, user)
                .set(LEADERSHIP_SCORECARD.RECOMMENDATION_RUBRIC_VERSION_ID, shipped("leadership-recommendation"))
                .set(LEADERSHIP_SCORECARD.SESSION_RUBRIC_VERSION_ID, shipped("leadership-session"))
                .set(LEADERSHIP_SCORECARD.STATUS, status)
                .set(LEADERSHIP_SCORECARD.SUBMITTED_AT, status.equals("SUBMITTED") ? AT.plusHours(3) : null)
                .set(LEADERSHIP_SCORECARD.CREATED_AT, AT).returning(LEADERSHIP_SCORECARD.ID)
                .fetchOne(LEADERSHIP_SCORECARD.ID);
    }

    private void recommendationScore(long card, Long recommendation, String code, int value) {
        db.insertInto(RECOMMENDATION_SCORE).set(RECOMMENDATION_SCORE.SCORECARD_ID, card)
                .set(RECOMMENDATION_SCORE.RECOMMENDATION_ID, recommendation)
                .set(RECOMMENDATION_SCORE.CRITERION_CODE, code).set(RECOMMENDATION_SCORE.SCORE_VALUE, value)
                .set(RECOMMENDATION_SCORE.UPDATED_AT, AT.plusHours(1)).execute();
    }
}
