package io.floorcheck.vendor;

/** A sortable column of the vendor list. */
public record VendorSort(Column column, boolean ascending) {

    public enum Column { LEGAL_NAME, SHORT_NAME, HQ_COUNTRY, SITES, SEATS }
}
