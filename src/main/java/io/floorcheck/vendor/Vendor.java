package io.floorcheck.vendor;

/** A saved vendor: its id, the version for optimistic locking, and everything entered about it. */
public record Vendor(long id, int version, VendorDraft details) {

    public String name() {
        return details.shortName();
    }
}
