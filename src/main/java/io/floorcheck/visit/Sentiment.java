package io.floorcheck.visit;

/** How the customer sounded at the end of the call. */
public enum Sentiment {
    POSITIVE, NEUTRAL, NEGATIVE
}
