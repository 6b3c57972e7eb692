package io.floorcheck.vendor;

import java.util.List;
import java.util.Set;

import io.floorcheck.base.Text;

/** A vendor as entered or imported, before it has an id. Sites and contacts are saved with it, as a whole. */
public record VendorDraft(String legalName, String shortName, String hqCountry, String website, String description,
        Set<ServiceLine> serviceLines, String languages, String notes, List<VendorSite> sites,
        List<VendorContact> contacts) {

    /** The longest description or notes. */
    public static final int TEXT_LENGTH = 4000;

    public VendorDraft {
        legalName = Text.line(legalName);
        shortName = Text.line(shortName);
        hqCountry = Text.lineOrNull(hqCountry);
        website = Text.lineOrNull(website);
        description = Text.cleanOrNull(description);
        languages = Text.lineOrNull(languages);
        notes = Text.cleanOrNull(notes);
        serviceLines = Set.copyOf(serviceLines);
        sites = List.copyOf(sites);
        contacts = List.copyOf(contacts);
    }
}
