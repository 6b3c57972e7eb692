package io.floorcheck.evaluation;

import java.util.List;

/**
 * What is still unsettled when the lead is about to lock an evaluation, each item named for
 * people ("Łódź Contact · 5.1 Coaching"): disputed items without an agreed value, gates nobody
 * marked, and failed gates without a waiver. Locking is allowed anyway; the lead sees the list.
 */
public record OpenBeforeLock(List<String> disputed, List<String> unscoredGates, List<String> failedGates) {

    public OpenBeforeLock {
        disputed = List.copyOf(disputed);
        unscoredGates = List.copyOf(unscoredGates);
        failedGates = List.copyOf(failedGates);
    }

    public static final OpenBeforeLock NOTHING = new OpenBeforeLock(List.of(), List.of(), List.of());

    /** Implemented by the feature that keeps consensus (it depends on this one, not the other way). */
    public interface Source {
        OpenBeforeLock beforeLock(long evaluationId);
    }
}
