package io.floorcheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import io.floorcheck.scoring.Inputs.Candidate;
import io.floorcheck.scoring.Inputs.Consensus;
import io.floorcheck.scoring.Inputs.Expectation;
import io.floorcheck.scoring.Inputs.Proposal;
import io.floorcheck.scoring.Inputs.Rating;
import io.floorcheck.scoring.Inputs.Waiver;
import io.floorcheck.scoring.Inputs.Weights;
import org.junit.jupiter.api.Test;

/**
 * The model of the issue "Scoring engine and the comparison data", step by step, on cases small
 * enough to compute by hand (each expected value is worked out in the comment beside it).
 */
class ScoringEngineTest {

    static final double EXACT = 1e-9;
    static final Weights WEIGHTS = new Weights(60, 40, 0.7, 0.3);

    /** Visit: A (60: A1 ×2, A2 ×1), B (40: B1), gates G1 G2; all on 1–5. */
    static final Rubric VISIT = new Rubric(List.of(
            new Rubric.Section("A", 60, List.of(criterion("A1", 2), criterion("A2", 1))),
            new Rubric.Section("B", 40, List.of(criterion("B1", 1))),
            new Rubric.Section("G", 0, List.of(gate("G1"), gate("G2")))));
    /** Recommendation: R1 (25, the scale minimum for upsells), R2 (75). */
    static final Rubric RECOMMENDATION = new Rubric(List.of(new Rubric.Section("R", 100, List.of(
            new Rubric.Criterion("R1", 25, 1, 5, false, true), criterion("R2", 75)))));
    static final Rubric SESSION = new Rubric(List.of(new Rubric.Section("L", 100, List.of(criterion("L1", 1)))));

    static Rubric.Criterion criterion(String code, double weight) {
        return new Rubric.Criterion(code, weight, 1, 5, false, false);
    }

    static Rubric.Criterion gate(String code) {
        return new Rubric.Criterion(code, 0, 0, 1, true, false);
    }

    /** A small input builder: ratings as "vendor evaluator part[:recommendation] criterion value". */
    static final class Case {
        Rubric visit = VISIT;
        Weights weights = WEIGHTS;
        final List<Candidate> candidates = new ArrayList<>();
        final List<String> evaluators = new ArrayList<>(List.of("ada", "ben"));
        final List<Rating> ratings = new ArrayList<>();
        final List<Proposal> proposals = new ArrayList<>();
        final List<Consensus> consensus = new ArrayList<>();
        final List<Waiver> waivers = new ArrayList<>();
        final List<Expectation> expectations = new ArrayList<>();

        Case vendor(long id, String name) {
            candidates.add(new Candidate(id, name));
            return this;
        }

        Case visit(long vendor, String evaluator, String criterion, Double value) {
            ratings.add(new Rating(Part.VISIT, vendor, evaluator, vendor * 10, null, criterion, value, null));
            return this;
        }

        Case gateMark(long vendor, String evaluator, String gate, boolean passed) {
            ratings.add(new Rating(Part.VISIT, vendor, evaluator, vendor * 10, null, gate, null, passed));
            return this;
        }

        Case recommendation(long vendor, long id, String evaluator, String criterion, Double value) {
            ratings.add(new Rating(Part.RECOMMENDATION, vendor, evaluator, vendor * 10, id, criterion, value, null));
            return this;
        }

        Case session(long vendor, String evaluator, String criterion, Double value) {
            ratings.add(new Rating(Part.SESSION, vendor, evaluator, vendor * 10, null, criterion, value, null));
            return this;
        }

        ScoringInput input() {
            return new ScoringInput(visit, RECOMMENDATION, SESSION, weights, candidates, evaluators, ratings,
                    proposals, consensus, waivers, expectations);
        }

        ScoringResult compute() {
            return ScoringEngine.compute(input(), 200, 1);
        }
    }

    /** The worked example of every step for one vendor and two evaluators. */
    static Case workedExample() {
        Case c = new Case().vendor(1, "Manila Hub");
        c.visit(1, "ada", "A1", 5.0).visit(1, "ben", "A1", 3.0)      // mean 4 → 75
                .visit(1, "ada", "A2", null).visit(1, "ben", "A2", 2.0) // N/A left out: 2 → 25
                .visit(1, "ada", "B1", 4.0).visit(1, "ben", "B1", 4.0); // 4 → 75
        c.proposals.add(new Proposal(101, 1, false));
        c.recommendation(1, 101, "ada", "R1", 3.0)                    // 3 → 50
                .recommendation(1, 101, "ada", "R2", 5.0).recommendation(1, 101, "ben", "R2", 4.0); // 4.5 → 87.5
        c.session(1, "ada", "L1", 4.0).session(1, "ben", "L1", 2.0);  // 3 → 50
        c.gateMark(1, "ada", "G1", true).gateMark(1, "ben", "G1", true)
                .gateMark(1, "ada", "G2", true);
        return c;
    }

    @Test
    void everyStepOfTheWorkedExample() {
        VendorResult v = workedExample().compute().vendor(1);

        // Section A = (2·75 + 1·25) / 3 = 58.333…; B = 75; visit = (60·58.333… + 40·75) / 100 = 65.
        assertThat(v.visitSections().get("A")).isCloseTo(175.0 / 3, within(EXACT));
        assertThat(v.visitSections().get("B")).isCloseTo(75, within(EXACT));
        assertThat(v.visitPart()).isCloseTo(65, within(EXACT));
        // Recommendation 101 = (25·50 + 75·87.5) / 100 = 78.125; session = 50;
        // leadership = 0.7·78.125 + 0.3·50 = 69.6875; overall = 0.6·65 + 0.4·69.6875 = 66.875.
        assertThat(v.recommendations().get(101L)).isCloseTo(78.125, within(EXACT));
        assertThat(v.sessionComponent()).isCloseTo(50, within(EXACT));
        assertThat(v.leadershipPart()).isCloseTo(69.6875, within(EXACT));
        assertThat(v.overall()).isCloseTo(66.875, within(EXACT));
        assertThat(v.rank()).isEqualTo(1);
        assertThat(v.flags()).as("both gates passed, nothing missing").isEmpty();
    }

    @Test
    void aSectionWithEveryCriterionNotApplicableIsLeftOutAndSaidSo() {
        Case c = new Case().vendor(1, "Cluj");
        c.visit(1, "ada", "A1", null).visit(1, "ben", "A2", null).visit(1, "ada", "B1", 2.0);
        VendorResult v = c.compute().vendor(1);

        assertThat(v.visitSections()).containsOnlyKeys("B");
        assertThat(v.visitPart()).as("B alone, its weight renormalised to all").isCloseTo(25, within(EXACT));
        assertThat(v.flags()).contains(Flag.SECTION_EXCLUDED, Flag.LEADERSHIP_PART_MISSING);
        assertThat(v.overall()).as("a missing part leaves the other whole").isCloseTo(25, within(EXACT));
    }

    @Test
    void gatesFailPassAreWaivedOrUnscoredAndAFailKeepsTheRankButNeverTheRecommendation() {
        Case c = new Case().vendor(1, "Fails").vendor(2, "Waived").vendor(3, "Agreed pass");
        for (long v = 1; v <= 3; v++) {
            c.visit(v, "ada", "A1", v == 1 ? 5.0 : v == 2 ? 4.0 : 3.0);
        }
        c.gateMark(1, "ada", "G1", true).gateMark(1, "ben", "G1", false);       // one fail → FAIL
        c.gateMark(2, "ben", "G1", false).gateMark(2, "ada", "G2", true);
        c.waivers.add(new Waiver(2, "G1"));                                      // failed, waived
        c.gateMark(3, "ben", "G1", false).gateMark(3, "ada", "G2", true);
        c.consensus.add(new Consensus(Part.VISIT, 3, null, "G1", null, true));   // agreed pass wins
        ScoringResult result = c.compute();

        VendorResult fails = result.vendor(1);
        assertThat(fails.gates()).containsEntry("G1", GateStatus.FAIL).containsEntry("G2", GateStatus.UNSCORED);
        assertThat(fails.gateStatus()).isEqualTo(GateStatus.FAIL);
        assertThat(fails.recommendable()).isFalse();
        assertThat(fails.rank()).as("keeps its score and rank").isEqualTo(1);
        assertThat(result.vendor(2).gates()).containsEntry("G1", GateStatus.WAIVED).containsEntry("G2",
                GateStatus.PASS);
        assertThat(result.vendor(2).recommendable()).isTrue();
        assertThat(result.vendor(3).gates().get("G1")).isEqualTo(GateStatus.PASS);
        assertThat(result.recommended()).as("the highest-ranked recommendable vendor").isEqualTo(2L);
    }

    @Test
    void anUpsellTakesTheScaleMinimumOnTheMarkedCriteriaWhateverWasScoredOrAgreed() {
        Case c = new Case().vendor(1, "Upsell");
        c.proposals.add(new Proposal(201, 1, true));
        c.proposals.add(new Proposal(202, 1, true));
        c.proposals.add(new Proposal(203, 1, false));
        c.recommendation(1, 201, "ada", "R1", 5.0).recommendation(1, 201, "ada", "R2", 5.0);
        c.recommendation(1, 202, "ben", "R1", null).recommendation(1, 202, "ben", "R2", 3.0);
        c.consensus.add(new Consensus(Part.RECOMMENDATION, 1, 202L, "R1", 4.0, null));
        c.recommendation(1, 203, "ada", "R1", 5.0).recommendation(1, 203, "ada", "R2", 5.0);
        VendorResult v = c.compute().vendor(1);

        // 201: R1 5 → minimum 0; R2 100 → (25·0 + 75·100) / 100 = 75.
        assertThat(v.recommendations().get(201L)).isCloseTo(75, within(EXACT));
        // 202: R1 agreed 4 and N/A marked → still 0; R2 3 → 50: 37.5.
        assertThat(v.recommendations().get(202L)).isCloseTo(37.5, within(EXACT));
        assertThat(v.recommendations().get(203L)).as("not an upsell").isCloseTo(100, within(EXACT));
        assertThat(v.recommendationComponent()).isCloseTo((75 + 37.5 + 100) / 3, within(EXACT));
    }

    @Test
    void anAgreedValueReplacesTheMeanAndAnAgreedNotApplicableLeavesTheCriterionOut() {
        Case c = workedExample();
        c.consensus.add(new Consensus(Part.VISIT, 1, null, "A1", 2.0, null));   // 25 instead of 75
        c.consensus.add(new Consensus(Part.VISIT, 1, null, "A2", null, null));  // N/A: A = A1 alone
        VendorResult v = c.compute().vendor(1);

        assertThat(v.visitSections().get("A")).isCloseTo(25, within(EXACT));
        assertThat(v.visitPart()).isCloseTo(0.6 * 25 + 0.4 * 75, within(EXACT));
    }

    @Test
    void aMissingComponentOrPartIsNamedNeverCountedAsZero() {
        Case c = new Case().vendor(1, "Only session").vendor(2, "Only visit").vendor(3, "Nothing");
        c.session(1, "ada", "L1", 5.0).visit(1, "ada", "B1", 1.0);
        c.visit(2, "ben", "A1", 3.0);
        ScoringResult result = c.compute();

        VendorResult sessionOnly = result.vendor(1);
        assertThat(sessionOnly.leadershipPart()).as("the session value alone").isCloseTo(100, within(EXACT));
        assertThat(sessionOnly.flags()).contains(Flag.NO_RECOMMENDATIONS).doesNotContain(Flag.NO_SESSION_SCORE);
        assertThat(sessionOnly.overall()).isCloseTo(0.6 * 0 + 0.4 * 100, within(EXACT));
        assertThat(result.vendor(2).flags()).contains(Flag.LEADERSHIP_PART_MISSING);
        assertThat(result.vendor(2).overall()).isCloseTo(50, within(EXACT));
        VendorResult nothing = result.vendor(3);
        assertThat(nothing.flags()).contains(Flag.NOT_SCORED);
        assertThat(nothing.rank()).isNull();
        assertThat(result.vendors().getLast().id()).as("unranked last").isEqualTo(3L);
    }

    @Test
    void equalOverallsShareARankAndTwoRecommendableVendorsTiedForFirstAreNoRecommendation() {
        Case c = new Case().vendor(1, "One").vendor(2, "Two").vendor(3, "Three");
        c.visit(1, "ada", "B1", 4.0).visit(2, "ben", "B1", 4.0).visit(3, "ada", "B1", 2.0);
        ScoringResult result = c.compute();

        assertThat(result.vendors()).extracting(VendorResult::rank).containsExactly(1, 1, 3);
        assertThat(result.tiedForFirst()).isTrue();
        assertThat(result.recommended()).isNull();
        assertThat(result.recommendedBeatsRunnerUp().defined()).isFalse();
    }

    /**
     * A tie is a tie however the sums round: A (visit 1 1 1, leadership 1 1 4) and B (visit 1 1 3,
     * leadership 1 1 1) both come to exactly 10, but as doubles 10.0 and 10.000000000000002.
     */
    @Test
    void overallsEqualButForRoundingShareTheirRank() {
        Case c = new Case().vendor(1, "A").vendor(2, "B");
        c.evaluators.add("cem");
        c.visit = new Rubric(List.of(new Rubric.Section("V", 100, List.of(criterion("V1", 1)))));
        int[][] visit = {{1, 1, 1}, {1, 1, 3}};
        int[][] session = {{1, 1, 4}, {1, 1, 1}};
        for (int v = 0; v < 2; v++) {
            for (int e = 0; e < 3; e++) {
                c.visit(v + 1, c.evaluators.get(e), "V1", (double) visit[v][e]);
                c.session(v + 1, c.evaluators.get(e), "L1", (double) session[v][e]);
            }
        }
        c.weights = new Weights(60, 40, 0, 1);
        ScoringResult result = c.compute();

        assertThat(result.vendors()).extracting(VendorResult::rank).containsExactly(1, 1);
        assertThat(result.tiedForFirst()).isTrue();
        assertThat(result.recommended()).isNull();
    }

    @Test
    void anEvaluatorWhoRatedNoVisitCriterionLeavesTheAgreementOnTheOthers() {
        Case c = workedExample();
        c.evaluators.add("dora");
        c.session(1, "dora", "L1", 3.0); // a leadership card only
        ScoringResult result = c.compute();

        assertThat(result.agreement().icc().raters()).isEqualTo(2);
        assertThat(result.agreement().icc().targets()).as("A1 and B1, rated by both").isEqualTo(2);
    }

    /**
     * Tipping weights by hand. Visit only; sections A 50, B 30, C 20, each one criterion on 0–100.
     * X: A 80, B 50, C 20 → 59; Y: A 60, B 60, C 50 → 58: X is recommended.
     * A at t (B, C × (100 − t)/50): X = 38 + 0.42 t, Y = 56 + 0.04 t → equal at t = 900/19 ≈ 47.37.
     * B at t (A, C × (100 − t)/70): X − Y = 40/7 − (11/70) t → t = 400/11 ≈ 36.36.
     * C at t (A, B × (100 − t)/80): X − Y = 8.75 − 0.3875 t → t = 700/31 ≈ 22.58: the most critical.
     * The part split changes nothing: nobody has a leadership part.
     */
    @Test
    void theTippingWeightOfEachSectionIsExactAndTheSmallestChangeIsTheMostCritical() {
        Case c = new Case().vendor(1, "X").vendor(2, "Y");
        c.visit = new Rubric(List.of(percent("A", 50), percent("B", 30), percent("C", 20)));
        c.visit(1, "ada", "A", 80.0).visit(1, "ada", "B", 50.0).visit(1, "ada", "C", 20.0);
        c.visit(2, "ada", "A", 60.0).visit(2, "ada", "B", 60.0).visit(2, "ada", "C", 50.0);
        ScoringResult result = c.compute();

        assertThat(result.recommended()).isEqualTo(1L);
        assertThat(result.vendor(1).overall()).isCloseTo(59, within(EXACT));
        assertThat(result.sensitivity()).extracting(Tipping::weight)
                .containsExactly("A", "B", "C", Tipping.PART_SPLIT);
        assertThat(result.sensitivity().get(0).tippingWeight()).isCloseTo(900.0 / 19, within(EXACT));
        assertThat(result.sensitivity().get(1).tippingWeight()).isCloseTo(400.0 / 11, within(EXACT));
        assertThat(result.sensitivity().get(2).tippingWeight()).isCloseTo(700.0 / 31, within(EXACT));
        assertThat(result.sensitivity()).allSatisfy(t -> {
            if (t.tippingWeight() != null) {
                assertThat(t.newLeader()).isEqualTo(2L);
            }
        });
        assertThat(result.sensitivity().get(3).tippingWeight()).as("no weight changes it").isNull();
        assertThat(result.mostCritical().weight()).isEqualTo("C");
        assertThat(result.mostCritical().current()).isCloseTo(20, within(EXACT));
    }

    static Rubric.Section percent(String code, double weight) {
        return new Rubric.Section(code, weight, List.of(new Rubric.Criterion(code, 1, 0, 100, false, false)));
    }

    /**
     * A bootstrap small enough to follow: evaluators a and b, one criterion on 0–100; X: a 0, b 100
     * (point 50); Y: a 100, b 20 (point 60, recommended). SplittableRandom(7) draws, two per
     * resample: (a a) (b b) (b b) (a b) (a b). X's overalls 0 100 100 50 50 → sorted 0 50 50 100 100;
     * Y's 100 20 20 60 60 → 20 20 60 60 100. Percentiles (type 7, h = 4p): X 2.5 % = 0 + 0.1·50 = 5,
     * 97.5 % = 100; Y 2.5 % = 20, 97.5 % = 60 + 0.9·40 = 96. P(Y above X) = (1 + 0 + 0 + 1 + 1) / 5
     * = 0.6 < 0.8: too close to call.
     */
    @Test
    void aBootstrapComputedByHand() {
        Case c = new Case().vendor(1, "X").vendor(2, "Y");
        c.evaluators.clear();
        c.evaluators.addAll(List.of("a", "b"));
        c.visit = new Rubric(List.of(percent("A", 100)));
        c.visit(1, "a", "A", 0.0).visit(1, "b", "A", 100.0).visit(2, "a", "A", 100.0).visit(2, "b", "A", 20.0);
        ScoringResult result = ScoringEngine.compute(c.input(), 5, 7);

        assertThat(result.recommended()).isEqualTo(2L);
        assertThat(result.runnerUp()).isEqualTo(1L);
        assertThat(result.vendor(1).ciLow()).isCloseTo(5, within(EXACT));
        assertThat(result.vendor(1).ciHigh()).isCloseTo(100, within(EXACT));
        assertThat(result.vendor(2).ciLow()).isCloseTo(20, within(EXACT));
        assertThat(result.vendor(2).ciHigh()).isCloseTo(96, within(EXACT));
        assertThat(result.recommendedBeatsRunnerUp().value()).isCloseTo(0.6, within(EXACT));
        assertThat(result.tooCloseToCall()).isTrue();
        assertThat(result.bootstrap().probabilityAbove(1, 2)).isCloseTo(0.4, within(EXACT));
    }

    @Test
    void theSameInputGivesTheSameResultBitForBit() {
        Case c = workedExample().vendor(2, "Second");
        c.visit(2, "ada", "A1", 2.0).visit(2, "ben", "B1", 5.0).session(2, "ben", "L1", 3.0);
        ScoringResult once = ScoringEngine.compute(c.input(), 1000, 42);
        ScoringResult again = ScoringEngine.compute(c.input(), 1000, 42);

        // Records print every double exactly (shortest round-trip form), NaN included.
        assertThat(again.vendors().toString()).isEqualTo(once.vendors().toString());
        assertThat(java.util.Arrays.deepToString(again.bootstrap().above()))
                .isEqualTo(java.util.Arrays.deepToString(once.bootstrap().above()));
        assertThat(again.sensitivity()).isEqualTo(once.sensitivity());
    }

    @Test
    void disagreementIsTheSpreadOnTheCriterionsScaleFlaggedFromThirtyPercentOfItsRange() {
        ScoringResult result = workedExample().compute();

        // A1: 5 and 3 → spread 2 ≥ 0.3 · 4 = 1.2, flagged; sd = √2. B1: 4 and 4 → 0.
        Disagreement a1 = result.disagreements().stream().filter(d -> d.criterion().equals("A1")).findFirst()
                .orElseThrow();
        assertThat(a1.spread()).isEqualTo(2);
        assertThat(a1.standardDeviation()).isCloseTo(Math.sqrt(2), within(EXACT));
        assertThat(a1.flagged()).isTrue();
        assertThat(result.disagreements()).filteredOn(d -> d.criterion().equals("B1")).singleElement()
                .satisfies(d -> assertThat(d.flagged()).isFalse());
        assertThat(result.disagreements()).as("one rating is no disagreement")
                .noneMatch(d -> d.criterion().equals("A2"));
    }

    @Test
    void thePerceptionGapIsTheScoredSectionAgainstWhatTheAttendeeExpected() {
        Case c = workedExample();
        c.expectations.add(new Expectation("ada", 10, 1, "A", 4));  // expected 75; scored A1 5 (A2 N/A) → 100
        c.expectations.add(new Expectation("ben", 10, 1, "A", 2));  // expected 25; scored (2·50 + 25)/3 = 41.67
        ScoringResult result = c.compute();

        assertThat(result.perceptionGaps()).extracting(PerceptionGap::gap)
                .containsExactly(25.0, 125.0 / 3 - 25);
        assertThat(result.meanGapBySection().get("A")).isCloseTo((25 + 125.0 / 3 - 25) / 2, within(EXACT));
    }
}
