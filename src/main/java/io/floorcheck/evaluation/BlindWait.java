package io.floorcheck.evaluation;

/**
 * What a member waits for, under the blind rule, before colleagues' scores of a vendor become
 * readable to them: the words a view uses to say why scores are hidden. See {@link BlindRule}.
 */
public enum BlindWait {
    /** An evaluator who scores the vendor (or will once declared): until their own cards are submitted. */
    OWN_CARDS,
    /** An evaluator whose declared conflict waits for the lead: scores once allowed, else consensus. */
    LEAD_DECISION,
    /** The lead, a reader, or an evaluator excluded from the vendor: until the evaluation reaches consensus. */
    CONSENSUS;

    /** Whether the member scores the vendor, or may once the lead has decided: a card is theirs to open. */
    public boolean mayScore() {
        return this != CONSENSUS;
    }
}
