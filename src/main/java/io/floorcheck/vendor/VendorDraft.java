package io.floorcheck.vendor;

import java.util.List;
import java.util.Set;

/** A vendor as entered or imported, before it has an id. Sites and contacts are saved with it, as a whole. */
public record VendorDraft(String legalName, String shortName, String hqCountry, String website, String description,
        Set<ServiceLine> serviceLines, String languages, String notes, List<VendorSite> sites,
        List<VendorContact> contacts) {

    public VendorDraft {
        serviceLines = Set.copyOf(serviceLines);
        sites = List.copyOf(sites);
        contacts = List.copyOf(contacts);
    }
}
