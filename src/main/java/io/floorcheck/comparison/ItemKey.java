package io.floorcheck.comparison;

import io.floorcheck.scoring.Part;

/**
 * One item the team may agree a value for: a criterion of a vendor's visit or session part, or a
 * criterion of one of its recommendations ({@code recommendationId} set for that part only).
 */
public record ItemKey(Part part, long vendorId, Long recommendationId, String criterionCode) {

    public ItemKey {
        if ((part == Part.RECOMMENDATION) != (recommendationId != null)) {
            throw new IllegalArgumentException("A recommendation criterion names its recommendation, no other does");
        }
    }
}
