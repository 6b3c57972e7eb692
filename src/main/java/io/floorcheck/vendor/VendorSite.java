package io.floorcheck.vendor;

import java.util.Set;

import io.floorcheck.base.Text;

/**
 * A contact-center site: where visits happen. Times at the site are shown in its own time zone.
 * The id is null for a site not saved yet; a saved site keeps its id through edits, because
 * visits refer to it.
 */
public record VendorSite(Long id, String city, String country, Integer seats, Set<ServiceLine> channels,
        String timeZone) {

    public VendorSite {
        city = Text.line(city);
        country = Text.line(country);
        timeZone = Text.line(timeZone);
        channels = Set.copyOf(channels);
    }

    public VendorSite(String city, String country, Integer seats, Set<ServiceLine> channels, String timeZone) {
        this(null, city, country, seats, channels, timeZone);
    }
}
