package io.floorcheck.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.floorcheck.scoring.Inputs;
import io.floorcheck.scoring.Part;
import io.floorcheck.scoring.Rubric;
import io.floorcheck.scoring.ScoringEngine;
import io.floorcheck.scoring.ScoringInput;
import io.floorcheck.scoring.ScoringResult;

/**
 * A report built without a database: a small evaluation put through the real scoring engine,
 * with the facts around it, changed one way at a time for the edge cases (one candidate, a
 * section all N/A, a failed gate with or without its waiver, no recommendations, long or hostile
 * notes, many candidates or criteria, names in any script).
 */
final class ReportFixture {

    static final Instant GENERATED = Instant.parse("2026-12-02T10:00:00Z");
    static final List<String> EVALUATORS = List.of("ada@example.com", "ben@example.com", "cy@example.com");

    private List<String> vendors = new ArrayList<>(List.of("Łódź Contact", "Đà Nẵng Care", "Transilvania Hub"));
    private String evaluationName = "Multilingual support 2027";
    private int sections = 3;
    private int criteriaPerSection = 4;
    private int naVendor = -1;
    private String naSection;
    private int failVendor = -1;
    private boolean waived;
    private int recommendations = 2;
    private String note = "Saw it on two calls";
    private boolean locked;

    ReportFixture vendors(List<String> names) {
        this.vendors = new ArrayList<>(names);
        return this;
    }

    ReportFixture vendorCount(int count) {
        vendors = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            vendors.add("Candidate " + i + " Contact Services");
        }
        return this;
    }

    ReportFixture named(String name) {
        this.evaluationName = name;
        return this;
    }

    ReportFixture rubric(int sectionCount, int perSection) {
        this.sections = sectionCount;
        this.criteriaPerSection = perSection;
        return this;
    }

    /** Every criterion of the section N/A for the vendor (by index). */
    ReportFixture sectionNotApplicable(int vendor, String section) {
        this.naVendor = vendor;
        this.naSection = section;
        return this;
    }

    /** Gate G1 failed for the vendor (by index), waived or not. */
    ReportFixture gateFailed(int vendor, boolean waiver) {
        this.failVendor = vendor;
        this.waived = waiver;
        return this;
    }

    ReportFixture recommendations(int perVendor) {
        this.recommendations = perVendor;
        return this;
    }

    /** The text of every note, quote, rationale and reason the report prints. */
    ReportFixture note(String text) {
        this.note = text;
        return this;
    }

    ReportFixture locked() {
        this.locked = true;
        return this;
    }

    ComparisonReport build() {
        List<ComparisonReport.Criterion> criteria = new ArrayList<>();
        List<Rubric.Section> visitSections = new ArrayList<>();
        List<Rubric.Criterion> gates = List.of(new Rubric.Criterion("G1", 0, 0, 1, true, false),
                new Rubric.Criterion("G2", 0, 0, 1, true, false));
        visitSections.add(new Rubric.Section("G", 0, gates));
        criteria.add(new ComparisonReport.Criterion(Part.VISIT, "G", "Gates", null, "G1", "Card data handling", null, 0,
                1, true, false, false));
        criteria.add(new ComparisonReport.Criterion(Part.VISIT, "G", "Gates", null, "G2", "Device control", null, 0, 1,
                true, false, false));
        for (int s = 1; s <= sections; s++) {
            List<Rubric.Criterion> list = new ArrayList<>();
            for (int c = 1; c <= criteriaPerSection; c++) {
                list.add(new Rubric.Criterion(s + "." + c, 1, 1, 5, false, false));
                criteria.add(new ComparisonReport.Criterion(Part.VISIT, String.valueOf(s), "Section " + s + " of the floor",
                        100.0 / sections, s + "." + c, "What we look for in " + s + "." + c, 1.0, 1, 5, false, true,
                        false));
            }
            visitSections.add(new Rubric.Section(String.valueOf(s), 100.0 / sections, list));
        }
        Rubric recommendation = new Rubric(List.of(new Rubric.Section("R", 100, List.of(
                new Rubric.Criterion("R1", 60, 1, 5, false, true), new Rubric.Criterion("R2", 40, 1, 5, false, false)))));
        criteria.add(new ComparisonReport.Criterion(Part.RECOMMENDATION, "R", "Recommendation quality", 100.0, "R1",
                "Evidence grounding", 60.0, 1, 5, false, true, true));
        criteria.add(new ComparisonReport.Criterion(Part.RECOMMENDATION, "R", "Recommendation quality", 100.0, "R2",
                "Specificity", 40.0, 1, 5, false, true, false));
        Rubric session = new Rubric(List.of(new Rubric.Section("L", 100, List.of(
                new Rubric.Criterion("L1", 50, 1, 5, false, false), new Rubric.Criterion("L2", 50, 1, 5, false, false)))));
        criteria.add(new ComparisonReport.Criterion(Part.SESSION, "L", "Leadership session", 100.0, "L1",
                "Prioritisation", 50.0, 1, 5, false, true, false));
        criteria.add(new ComparisonReport.Criterion(Part.SESSION, "L", "Leadership session", 100.0, "L2", "Listening",
                50.0, 1, 5, false, true, false));

        List<Inputs.Candidate> candidates = new ArrayList<>();
        List<Inputs.Rating> ratings = new ArrayList<>();
        List<Inputs.Proposal> proposals = new ArrayList<>();
        List<ComparisonReport.Proposal> proposalRows = new ArrayList<>();
        List<ComparisonReport.Evidence> evidence = new ArrayList<>();
        List<ComparisonReport.Visit> visits = new ArrayList<>();
        List<ComparisonReport.Submission> submissions = new ArrayList<>();
        List<ComparisonReport.Declaration> declarations = new ArrayList<>();
        long proposalId = 1000;
        for (int v = 0; v < vendors.size(); v++) {
            long id = v + 1;
            long visit = 100 + id;
            candidates.add(new Inputs.Candidate(id, vendors.get(v)));
            visits.add(new ComparisonReport.Visit(id, "Kraków, Poland", LocalDate.of(2026, 9, 10 + v % 15), "COMPLETED",
                    new ComparisonReport.Integrity(true, true, v % 2 == 0, true, null, null, note)));
            for (int e = 0; e < EVALUATORS.size(); e++) {
                String evaluator = EVALUATORS.get(e);
                ratings.add(new Inputs.Rating(Part.VISIT, id, evaluator, visit, null, "G1", null, v != failVendor));
                ratings.add(new Inputs.Rating(Part.VISIT, id, evaluator, visit, null, "G2", null, true));
                for (int s = 1; s <= sections; s++) {
                    for (int c = 1; c <= criteriaPerSection; c++) {
                        boolean na = v == naVendor && String.valueOf(s).equals(naSection);
                        // The first candidate strongest, then one level less each, give or take one.
                        double level = Math.max(1, Math.min(5, 5 - v + Math.floorMod(e + c + s, 3) - 1));
                        ratings.add(new Inputs.Rating(Part.VISIT, id, evaluator, visit, null, s + "." + c,
                                na ? null : level, null));
                    }
                }
                for (int r = 0; r < recommendations; r++) {
                    for (String code : List.of("R1", "R2")) {
                        ratings.add(new Inputs.Rating(Part.RECOMMENDATION, id, evaluator, visit, proposalId + r, code,
                                (double) (1 + Math.floorMod(v + e + r, 5)), null));
                    }
                }
                for (String code : List.of("L1", "L2")) {
                    ratings.add(new Inputs.Rating(Part.SESSION, id, evaluator, visit, null, code,
                            (double) (2 + Math.floorMod(v + e, 4)), null));
                }
                submissions.add(new ComparisonReport.Submission(name(evaluator), id, Part.VISIT,
                        GENERATED.minusSeconds(86_400L * (30 - e))));
                declarations.add(new ComparisonReport.Declaration(name(evaluator), vendors.get(v), e == 2, e == 2 ? note
                        : null, GENERATED.minusSeconds(86_400L * 60), e == 2 ? "ALLOWED" : "NONE", e == 2 ? note : null,
                        e == 2 ? "Priya Nair" : null, e == 2 ? GENERATED.minusSeconds(86_400L * 59) : null));
            }
            evidence.add(new ComparisonReport.Evidence(id, "1.1", name(EVALUATORS.getFirst()), note));
            evidence.add(new ComparisonReport.Evidence(id, "1.2", name(EVALUATORS.get(1)), "Queue board was live"));
            for (int r = 0; r < recommendations; r++) {
                boolean upsell = r == recommendations - 1 && r > 0;
                proposals.add(new Inputs.Proposal(proposalId + r, id, upsell));
                proposalRows.add(new ComparisonReport.Proposal(proposalId + r, id, r == 0 ? note : "Recommendation " + r,
                        upsell));
            }
            proposalId += 100;
        }
        List<Inputs.Waiver> waivers = new ArrayList<>();
        List<ComparisonReport.Waiver> waiverRows = new ArrayList<>();
        if (failVendor >= 0 && waived) {
            waivers.add(new Inputs.Waiver(failVendor + 1, "G1"));
            waiverRows.add(new ComparisonReport.Waiver(failVendor + 1, "G1", "Card data handling", "Dana Whitfield",
                    "Chief Information Security Officer", note, "Priya Nair", GENERATED.minusSeconds(3600)));
        }
        List<Inputs.Expectation> expectations = List.of(new Inputs.Expectation(EVALUATORS.getFirst(), 101, 1, "1", 3));
        ScoringInput input = new ScoringInput(new Rubric(visitSections), recommendation, session,
                new Inputs.Weights(60, 40, 0.7, 0.3), candidates, EVALUATORS, ratings, proposals,
                consensus(), waivers, expectations);
        ScoringResult result = ScoringEngine.compute(input, 200, ScoringEngine.DEFAULT_SEED);
        List<ComparisonReport.Agreed> agreed = new ArrayList<>(List.of(new ComparisonReport.Agreed(Part.VISIT, 1, null,
                null, "1.1", "What we look for in 1.1", "4", note, "Priya Nair", GENERATED.minusSeconds(7200))));
        if (recommendations > 1) {
            agreed.add(new ComparisonReport.Agreed(Part.RECOMMENDATION, 1, 1001L, "Recommendation 1", "R1",
                    "Evidence grounding", "5", "Agreed after the debrief", "Priya Nair", GENERATED.minusSeconds(7000)));
        }
        return new ComparisonReport(7, evaluationName, locked ? "LOCKED" : "CONSENSUS",
                locked ? new ComparisonReport.Locked(GENERATED.minusSeconds(600), "Priya Nair") : null, GENERATED,
                ZoneId.of("Europe/Warsaw"), "1.2.3", ScoringEngine.DEFAULT_SEED, 200,
                "7b8e4b5ef864805b96ee9ada4a31ddc7608c7f50818dd7395465a1e3c92f89bb", result,
                new ComparisonReport.Weights(60, 40, 0.7, 0.3),
                List.of(new ComparisonReport.RubricVersion(Part.VISIT, "BPO contact-centre shadow visit", 2),
                        new ComparisonReport.RubricVersion(Part.RECOMMENDATION, "Leadership recommendation", 1),
                        new ComparisonReport.RubricVersion(Part.SESSION, "Leadership session", 1)),
                criteria, evidence, proposalRows, visits, agreed, waiverRows,
                List.of(new ComparisonReport.ClosedCard(1, "Cy Example", Part.VISIT)),
                List.of(new ComparisonReport.Member("Priya Nair", "Head of Vendor Management", "LEAD"),
                        new ComparisonReport.Member("Ada Example", "VP Customer Care", "EVALUATOR"),
                        new ComparisonReport.Member("Claire Dubois", null, "READER")),
                declarations, submissions,
                List.of(new ComparisonReport.RecordLine(GENERATED.minusSeconds(5000), "Priya Nair", "SCORECARD_REOPENED",
                        "scorecard 12", note)),
                true);
    }

    /** The first vendor's 1.1 agreed at 4; with two recommendations or more, its second one's R1 at 5. */
    private List<Inputs.Consensus> consensus() {
        List<Inputs.Consensus> consensus = new ArrayList<>(List.of(new Inputs.Consensus(Part.VISIT, 1, null, "1.1", 4.0,
                null)));
        if (recommendations > 1) {
            consensus.add(new Inputs.Consensus(Part.RECOMMENDATION, 1, 1001L, "R1", 5.0, null));
        }
        return consensus;
    }

    static String name(String evaluator) {
        String local = evaluator.substring(0, evaluator.indexOf('@'));
        return Character.toUpperCase(local.charAt(0)) + local.substring(1) + " Example";
    }
}
