package io.floorcheck.visit;

import java.time.LocalDate;

/**
 * A logged call, with who logged it and its date at the site; only its author changes or
 * deletes it during the visit, only the lead once the visit is completed ({@code late} then).
 */
public record ObservedCall(long id, int version, long authorId, String authorName, boolean mine, LocalDate observedOn,
        boolean late, CallDraft call) {
}
