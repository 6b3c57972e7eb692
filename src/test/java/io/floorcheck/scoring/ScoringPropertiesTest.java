package io.floorcheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.floorcheck.scoring.Inputs.Candidate;
import io.floorcheck.scoring.Inputs.Proposal;
import io.floorcheck.scoring.Inputs.Rating;
import io.floorcheck.scoring.Inputs.Weights;
import org.junit.jupiter.api.Test;

/**
 * Properties of the engine over hundreds of random evaluations (fixed seeds, so a failure is
 * reproducible: the case's seed is in the message).
 */
class ScoringPropertiesTest {

    private static final int CASES = 300;

    /** A random evaluation: 2–5 vendors, 2–5 evaluators, 2–5 weighted sections, N/A and gaps. */
    static ScoringInput randomInput(long seed) {
        Random random = new Random(seed);
        List<Rubric.Section> sections = new ArrayList<>();
        int sectionCount = 2 + random.nextInt(4);
        double[] weights = new double[sectionCount];
        double sum = 0;
        for (int s = 0; s < sectionCount; s++) {
            weights[s] = 1 + random.nextInt(40);
            sum += weights[s];
        }
        for (int s = 0; s < sectionCount; s++) {
            List<Rubric.Criterion> criteria = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int c = 0; c < count; c++) {
                criteria.add(new Rubric.Criterion("S" + s + "C" + c, 1 + random.nextInt(5), 1, 5, false, false));
            }
            sections.add(new Rubric.Section("S" + s, 100 * weights[s] / sum, criteria));
        }
        sections.add(new Rubric.Section("G", 0, List.of(new Rubric.Criterion("G1", 0, 0, 1, true, false))));
        Rubric visit = new Rubric(sections);
        List<Candidate> candidates = new ArrayList<>();
        int vendorCount = 2 + random.nextInt(4);
        for (int v = 1; v <= vendorCount; v++) {
            candidates.add(new Candidate(v, "V" + v));
        }
        List<String> evaluators = new ArrayList<>();
        int evaluatorCount = 2 + random.nextInt(4);
        for (int e = 0; e < evaluatorCount; e++) {
            evaluators.add("e" + e);
        }
        List<Rating> ratings = new ArrayList<>();
        List<Proposal> proposals = new ArrayList<>();
        long proposalId = 1000;
        for (Candidate vendor : candidates) {
            for (String evaluator : evaluators) {
                if (random.nextDouble() < 0.15) {
                    continue; // did not attend
                }
                for (Rubric.Section section : sections) {
                    for (Rubric.Criterion criterion : section.criteria()) {
                        if (criterion.gate()) {
                            ratings.add(new Rating(Part.VISIT, vendor.id(), evaluator, vendor.id(), null,
                                    criterion.code(), null, random.nextDouble() > 0.1));
                        } else if (random.nextDouble() < 0.9) {
                            ratings.add(new Rating(Part.VISIT, vendor.id(), evaluator, vendor.id(), null,
                                    criterion.code(), random.nextDouble() < 0.1 ? null : 1.0 + random.nextInt(5),
                                    null));
                        }
                    }
                }
                ratings.add(new Rating(Part.SESSION, vendor.id(), evaluator, vendor.id(), null, "L1",
                        1.0 + random.nextInt(5), null));
            }
            int recommendations = random.nextInt(4);
            for (int r = 0; r < recommendations; r++) {
                long id = proposalId++;
                proposals.add(new Proposal(id, vendor.id(), random.nextDouble() < 0.2));
                for (String evaluator : evaluators) {
                    for (String code : List.of("R1", "R2")) {
                        if (random.nextDouble() < 0.8) {
                            ratings.add(new Rating(Part.RECOMMENDATION, vendor.id(), evaluator, vendor.id(), id, code,
                                    random.nextDouble() < 0.1 ? null : 1.0 + random.nextInt(5), null));
                        }
                    }
                }
            }
        }
        double visitWeight = 10 * (1 + random.nextInt(9));
        double share = (1 + random.nextInt(9)) / 10.0;
        return new ScoringInput(visit, ScoringEngineTest.RECOMMENDATION, ScoringEngineTest.SESSION,
                new Weights(visitWeight, 100 - visitWeight, share, 1 - share), candidates, evaluators, ratings,
                proposals, List.of(), List.of(), List.of());
    }

    @Test
    void reorderingOrRenamingEvaluatorsAndVendorsChangesNoNumber() {
        for (long seed = 0; seed < CASES; seed++) {
            ScoringInput input = randomInput(seed);
            List<Rating> shuffled = new ArrayList<>(input.ratings());
            Collections.shuffle(shuffled, new Random(seed + 1));
            List<Candidate> candidates = new ArrayList<>(input.candidates());
            Collections.reverse(candidates);
            List<String> evaluators = new ArrayList<>(input.evaluators());
            Collections.reverse(evaluators);
            ScoringInput permuted = new ScoringInput(input.visit(), input.recommendation(), input.session(),
                    input.weights(), candidates, evaluators, shuffled, input.proposals(), input.consensus(),
                    input.waivers(), input.expectations());

            ScoringResult a = ScoringEngine.compute(input, 0, 1);
            ScoringResult b = ScoringEngine.compute(permuted, 0, 1);
            for (VendorResult v : a.vendors()) {
                VendorResult w = b.vendor(v.id());
                assertThat(Double.doubleToLongBits(w.overall())).as("seed %d vendor %d", seed, v.id())
                        .isEqualTo(Double.doubleToLongBits(v.overall()));
                assertThat(w.rank()).isEqualTo(v.rank());
            }
            assertThat(b.recommended()).as("seed %d", seed).isEqualTo(a.recommended());
            assertThat(b.sensitivity()).as("seed %d", seed).isEqualTo(a.sensitivity());
        }
    }

    @Test
    void anotherNotApplicableRatingLeavesEveryOtherCriterionAsItWas() {
        for (long seed = 0; seed < CASES; seed++) {
            ScoringInput input = randomInput(seed);
            Rating added = new Rating(Part.VISIT, 1, "late", 1, null,
                    input.visit().sections().getFirst().criteria().getFirst().code(), null, null);
            List<Rating> more = new ArrayList<>(input.ratings());
            more.add(added);
            List<String> evaluators = new ArrayList<>(input.evaluators());
            evaluators.add("late");
            ScoringInput withNa = new ScoringInput(input.visit(), input.recommendation(), input.session(),
                    input.weights(), input.candidates(), evaluators, more, input.proposals(), input.consensus(),
                    input.waivers(), input.expectations());

            ScoringResult a = ScoringEngine.compute(input, 0, 1);
            ScoringResult b = ScoringEngine.compute(withNa, 0, 1);
            for (VendorResult v : a.vendors()) {
                assertThat(b.vendor(v.id()).visitSections()).as("seed %d", seed).isEqualTo(v.visitSections());
                assertThat(Double.doubleToLongBits(b.vendor(v.id()).overall()))
                        .isEqualTo(Double.doubleToLongBits(v.overall()));
            }
        }
    }

    @Test
    void everyValueLiesWithinZeroAndAHundred() {
        for (long seed = 0; seed < CASES; seed++) {
            ScoringResult result = ScoringEngine.compute(randomInput(seed), 50, seed);
            for (VendorResult v : result.vendors()) {
                List<Double> values = new ArrayList<>(List.of(v.overall(), v.visitPart(), v.leadershipPart(),
                        v.recommendationComponent(), v.sessionComponent(), v.ciLow(), v.ciHigh()));
                values.addAll(v.visitSections().values());
                values.addAll(v.recommendations().values());
                assertThat(values.stream().filter(x -> !Double.isNaN(x)))
                        .as("seed %d vendor %d", seed, v.id()).allSatisfy(x -> assertThat(x).isBetween(0.0, 100.0));
            }
            result.evaluatorTotals().forEach(t -> assertThat(t.overall()).isBetween(0.0, 100.0));
        }
    }

    /** At each tipping weight ± 0.0001 (the other weights rescaled), the leader on the two sides differs. */
    @Test
    void aTippingWeightReallyChangesTheRecommendedVendor() {
        int checked = 0;
        for (long seed = 0; seed < CASES; seed++) {
            ScoringInput input = randomInput(seed);
            ScoringResult result = ScoringEngine.compute(input, 0, 1);
            for (Tipping tipping : result.sensitivity()) {
                if (tipping.tippingWeight() == null) {
                    continue;
                }
                double t = tipping.tippingWeight();
                double away = Math.signum(t - tipping.current()) * 1e-4; // beyond the engine's tie tolerance (1e-9)
                Long before = ScoringEngine.compute(reweighted(input, tipping.weight(), t - away), 0, 1).recommended();
                Long after = ScoringEngine.compute(reweighted(input, tipping.weight(), t + away), 0, 1).recommended();
                assertThat(before).as("seed %d weight %s at %s", seed, tipping.weight(), t)
                        .isEqualTo(result.recommended());
                assertThat(after).as("seed %d weight %s at %s", seed, tipping.weight(), t)
                        .isEqualTo(tipping.newLeader());
                checked++;
            }
        }
        assertThat(checked).as("enough tipping weights were found to check").isGreaterThan(CASES);
    }

    /** The input with one weight set to t (in percent) and the others of its kind rescaled proportionally. */
    static ScoringInput reweighted(ScoringInput input, String weight, double t) {
        if (weight.equals(Tipping.PART_SPLIT)) {
            Weights w = input.weights();
            return with(input, input.visit(), new Weights(t, 100 - t, w.recommendationShare(), w.sessionShare()));
        }
        double total = input.visit().sections().stream().mapToDouble(Rubric.Section::weight).sum();
        double own = input.visit().sections().stream().filter(s -> s.code().equals(weight))
                .mapToDouble(Rubric.Section::weight).sum();
        double target = t * total / 100;
        List<Rubric.Section> sections = input.visit().sections().stream().map(s -> new Rubric.Section(s.code(),
                s.code().equals(weight) ? target : s.weight() * (total - target) / (total - own), s.criteria()))
                .toList();
        return with(input, new Rubric(sections), input.weights());
    }

    private static ScoringInput with(ScoringInput input, Rubric visit, Weights weights) {
        return new ScoringInput(visit, input.recommendation(), input.session(), weights, input.candidates(),
                input.evaluators(), input.ratings(), input.proposals(), input.consensus(), input.waivers(),
                input.expectations());
    }

    @Test
    void whenEveryEvaluatorAgreesTheIntervalIsThePointEstimate() {
        for (long seed = 0; seed < 100; seed++) {
            ScoringInput input = randomInput(seed);
            // Everyone copies the first evaluator's mark of each criterion.
            List<Rating> agreeing = new ArrayList<>();
            for (Rating r : input.ratings()) {
                for (String evaluator : input.evaluators()) {
                    if (r.evaluator().equals(input.evaluators().getFirst())) {
                        agreeing.add(new Rating(r.part(), r.vendor(), evaluator, r.visit(), r.recommendation(),
                                r.criterion(), r.value(), r.passed()));
                    }
                }
            }
            ScoringInput unanimous = new ScoringInput(input.visit(), input.recommendation(), input.session(),
                    input.weights(), input.candidates(), input.evaluators(), agreeing, input.proposals(),
                    input.consensus(), input.waivers(), input.expectations());
            ScoringResult result = ScoringEngine.compute(unanimous, 200, seed);
            for (VendorResult v : result.vendors()) {
                if (!Double.isNaN(v.overall())) {
                    assertThat(v.ciLow()).as("seed %d", seed).isCloseTo(v.overall(), within(1e-9));
                    assertThat(v.ciHigh()).isCloseTo(v.overall(), within(1e-9));
                }
            }
        }
    }
}
