package io.floorcheck.visit;

/** A logged call, with who logged it; only its author changes or deletes it. */
public record ObservedCall(long id, int version, long authorId, String authorName, boolean mine, CallDraft call) {
}
