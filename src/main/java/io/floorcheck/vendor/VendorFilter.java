package io.floorcheck.vendor;

/** What the vendor list is narrowed to: free text (names, country, site cities) and a service line. */
public record VendorFilter(String text, ServiceLine serviceLine) {

    public static final VendorFilter NONE = new VendorFilter(null, null);
}
