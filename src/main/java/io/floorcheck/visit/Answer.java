package io.floorcheck.visit;

/** A quick answer noted about a call: yes, no, or not applicable / unclear. */
public enum Answer {
    YES, NO, NA
}
