package io.floorcheck.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.floorcheck.scoring.Inputs.Candidate;
import io.floorcheck.scoring.Inputs.Proposal;
import io.floorcheck.scoring.Inputs.Rating;
import io.floorcheck.scoring.Inputs.Weights;

/**
 * How long the engine takes on a large evaluation: 10 vendors × 50 visit criteria × 8 evaluators,
 * 6 recommendations per vendor on 7 criteria, 5 session criteria, 10 000 bootstrap resamples.
 * A benchmark main, not a test (timings on a shared machine are no pass/fail):
 * {@code ./mvnw -q test-compile && java -cp target/classes:target/test-classes io.floorcheck.scoring.EngineBenchmark}.
 * Prints the warm median and the slowest of the measured runs.
 */
public final class EngineBenchmark {

    private EngineBenchmark() {
    }

    public static void main(String[] args) {
        ScoringInput input = large(new Random(11));
        for (int i = 0; i < 15; i++) {
            ScoringEngine.compute(input); // warm-up
        }
        int runs = 30;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ScoringResult result = ScoringEngine.compute(input);
            nanos[i] = System.nanoTime() - start;
            if (result.vendors().size() != 10) {
                throw new IllegalStateException("unexpected result");
            }
        }
        java.util.Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "engine: 10 vendors x 50 criteria x 8 evaluators, %d resamples: "
                + "median %.1f ms, slowest %.1f ms over %d warm runs%n", ScoringEngine.DEFAULT_RESAMPLES,
                nanos[runs / 2] / 1e6, nanos[runs - 1] / 1e6, runs);
    }

    static ScoringInput large(Random random) {
        List<Rubric.Section> sections = new ArrayList<>();
        int[] perSection = {6, 5, 6, 5, 6, 5, 6, 5, 6};
        double[] weights = {20, 15, 10, 15, 10, 8, 8, 7, 7};
        for (int s = 0; s < perSection.length; s++) {
            List<Rubric.Criterion> criteria = new ArrayList<>();
            for (int c = 0; c < perSection[s]; c++) {
                criteria.add(new Rubric.Criterion("S" + s + "." + c, 1, 1, 5, false, false));
            }
            sections.add(new Rubric.Section("S" + s, weights[s], criteria));
        }
        List<Rubric.Criterion> gates = new ArrayList<>();
        for (int g = 1; g <= 5; g++) {
            gates.add(new Rubric.Criterion("G" + g, 0, 0, 1, true, false));
        }
        sections.add(new Rubric.Section("G", 0, gates));
        List<Rubric.Criterion> recommendation = new ArrayList<>();
        for (int r = 1; r <= 7; r++) {
            recommendation.add(new Rubric.Criterion("R" + r, r, 1, 5, false, r == 1 || r == 7));
        }
        List<Rubric.Criterion> session = new ArrayList<>();
        for (int l = 1; l <= 5; l++) {
            session.add(new Rubric.Criterion("L" + l, l, 1, 5, false, false));
        }
        List<Candidate> candidates = new ArrayList<>();
        List<String> evaluators = new ArrayList<>();
        for (int e = 0; e < 8; e++) {
            evaluators.add("evaluator" + e + "@example.com");
        }
        List<Rating> ratings = new ArrayList<>();
        List<Proposal> proposals = new ArrayList<>();
        for (long v = 1; v <= 10; v++) {
            candidates.add(new Candidate(v, "Vendor " + v));
            for (int p = 0; p < 6; p++) {
                proposals.add(new Proposal(v * 100 + p, v, p == 5));
            }
            for (String evaluator : evaluators) {
                for (Rubric.Section section : sections) {
                    for (Rubric.Criterion criterion : section.criteria()) {
                        ratings.add(criterion.gate()
                                ? new Rating(Part.VISIT, v, evaluator, v, null, criterion.code(), null, true)
                                : new Rating(Part.VISIT, v, evaluator, v, null, criterion.code(),
                                        1.0 + random.nextInt(5), null));
                    }
                }
                for (int p = 0; p < 6; p++) {
                    for (Rubric.Criterion criterion : recommendation) {
                        ratings.add(new Rating(Part.RECOMMENDATION, v, evaluator, v, v * 100 + p, criterion.code(),
                                1.0 + random.nextInt(5), null));
                    }
                }
                for (Rubric.Criterion criterion : session) {
                    ratings.add(new Rating(Part.SESSION, v, evaluator, v, null, criterion.code(),
                            1.0 + random.nextInt(5), null));
                }
            }
        }
        return new ScoringInput(new Rubric(sections), new Rubric(List.of(new Rubric.Section("R", 100, recommendation))),
                new Rubric(List.of(new Rubric.Section("L", 100, session))), new Weights(60, 40, 0.7, 0.3), candidates,
                evaluators, ratings, proposals, List.of(), List.of(), List.of());
    }
}
