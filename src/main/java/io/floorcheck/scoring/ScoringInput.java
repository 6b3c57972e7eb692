package io.floorcheck.scoring;

import java.util.Comparator;
import java.util.List;

import io.floorcheck.scoring.Inputs.Candidate;
import io.floorcheck.scoring.Inputs.Consensus;
import io.floorcheck.scoring.Inputs.Expectation;
import io.floorcheck.scoring.Inputs.Proposal;
import io.floorcheck.scoring.Inputs.Rating;
import io.floorcheck.scoring.Inputs.Waiver;
import io.floorcheck.scoring.Inputs.Weights;

/**
 * Everything the engine computes from: the three rubrics, the weights, the candidates, the
 * evaluators, every rating that counts (on submitted cards, of evaluators not excluded, of visits
 * not cancelled, of recommendations kept), the kept recommendations, the agreed values, the
 * waivers and the attendees' expectations. Candidates and evaluators are put in a stable order
 * (by id, by name), so the result does not depend on the order they were read in.
 */
public record ScoringInput(Rubric visit, Rubric recommendation, Rubric session, Weights weights,
        List<Candidate> candidates, List<String> evaluators, List<Rating> ratings, List<Proposal> proposals,
        List<Consensus> consensus, List<Waiver> waivers, List<Expectation> expectations) {

    public ScoringInput {
        candidates = candidates.stream().sorted(Comparator.comparingLong(Candidate::id)).toList();
        evaluators = evaluators.stream().distinct().sorted().toList();
        ratings = List.copyOf(ratings);
        proposals = proposals.stream().sorted(Comparator.comparingLong(Proposal::id)).toList();
        consensus = List.copyOf(consensus);
        waivers = List.copyOf(waivers);
        expectations = List.copyOf(expectations);
    }

    /**
     * The same input with other weights, for a what-if: each visit section's weight where
     * {@code sectionWeights} names it (the others as they are), and the visit part's share of the
     * overall (the leadership part takes the rest). Nothing else changes.
     */
    public ScoringInput withWeights(java.util.Map<String, Double> sectionWeights, double visitWeight) {
        Rubric reweighted = new Rubric(visit.sections().stream().map(s -> new Rubric.Section(s.code(),
                sectionWeights.getOrDefault(s.code(), s.weight()), s.criteria())).toList());
        return new ScoringInput(reweighted, recommendation, session, new Weights(visitWeight, 100 - visitWeight,
                weights.recommendationShare(), weights.sessionShare()), candidates, evaluators, ratings, proposals,
                consensus, waivers, expectations);
    }
}
