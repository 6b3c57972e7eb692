package io.floorcheck.recommendation;

import java.time.Instant;
import java.util.List;

/**
 * A captured recommendation with the duplicates merged into it ({@code merged}, kept on record),
 * and the lead's upsell flag. {@code editable}: the current user may complete or correct its
 * details (the attendee who captured it, or the lead).
 */
public record Recommendation(long id, int version, RecommendationDraft details, Instant capturedAt,
        String capturedBy, boolean upsell, String upsellNote, List<Merged> merged, boolean editable) {

    public Recommendation {
        merged = List.copyOf(merged);
    }

    /** A duplicate that was merged into this recommendation. */
    public record Merged(long id, String title, String capturedBy) {
    }
}
