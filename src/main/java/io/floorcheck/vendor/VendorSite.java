package io.floorcheck.vendor;

import java.util.Set;

/** A contact-center site: where visits happen. Times at the site are shown in its own time zone. */
public record VendorSite(String city, String country, Integer seats, Set<ServiceLine> channels, String timeZone) {

    public VendorSite {
        channels = Set.copyOf(channels);
    }
}
