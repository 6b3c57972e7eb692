package io.floorcheck.rubric;

/**
 * Which scores need an evidence note (an observation, a document seen, a quote): those at or
 * below {@code atMost} and those at or above {@code atLeast}. Either bound may be absent.
 */
public record EvidenceRule(Integer atMost, Integer atLeast) {

    public boolean requiresEvidence(int score) {
        return (atMost != null && score <= atMost) || (atLeast != null && score >= atLeast);
    }

    public boolean any() {
        return atMost != null || atLeast != null;
    }
}
