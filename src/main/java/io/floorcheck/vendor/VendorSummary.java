package io.floorcheck.vendor;

import java.util.Set;

/** A vendor as a list shows it. */
public record VendorSummary(long id, String legalName, String shortName, String hqCountry,
        Set<ServiceLine> serviceLines, int siteCount, int seats, String siteCities) {

    public VendorSummary {
        serviceLines = Set.copyOf(serviceLines);
    }
}
