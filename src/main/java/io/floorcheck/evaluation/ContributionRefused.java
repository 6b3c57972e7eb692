package io.floorcheck.evaluation;

import io.floorcheck.base.RuleViolation;

/** A contribution refused by the conflict-of-interest gate; carries the gate so views can link to the declaration. */
public class ContributionRefused extends RuleViolation {

    private final transient ContributionGate gate;

    public ContributionRefused(ContributionGate gate) {
        super(gate.messageKey());
        this.gate = gate;
    }

    public ContributionGate gate() {
        return gate;
    }
}
