package io.floorcheck.visit;

/** Whether a call was resolved on first contact, as far as the listener could tell. */
public enum Resolution {
    YES, NO, UNCLEAR
}
