package io.floorcheck.recommendation;

/** Which part of the buyer's operation a recommendation would change. */
public enum Area {
    WORKFLOW, CALL_SCRIPTS, AGENT_DESKTOP, ROUTING, STAFFING, TRAINING, QUALITY, TECHNOLOGY, METRICS, OTHER
}
