package io.floorcheck.rubric;

/** What a score level means: the descriptor an evaluator reads before choosing it. */
public record Level(int score, String descriptor) {
}
