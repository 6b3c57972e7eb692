package io.floorcheck.vendor;

import java.util.List;
import java.util.Set;

/** What an evaluation member sees of a candidate: who they are and where their sites are; no commercial notes. */
public record VendorCard(long id, String legalName, String shortName, String hqCountry, String description,
        Set<ServiceLine> serviceLines, String languages, List<VendorSite> sites) {

    public VendorCard {
        serviceLines = Set.copyOf(serviceLines);
        sites = List.copyOf(sites);
    }
}
