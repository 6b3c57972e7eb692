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
}
