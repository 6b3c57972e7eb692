package io.floorcheck.evaluation;

import io.floorcheck.vendor.VendorCard;

/** A vendor competing in an evaluation. */
public record Candidate(VendorCard vendor) {

    public long id() {
        return vendor.id();
    }

    public String name() {
        return vendor.shortName();
    }
}
