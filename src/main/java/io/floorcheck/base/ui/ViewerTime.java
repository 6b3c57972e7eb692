package io.floorcheck.base.ui;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

/**
 * Times of things people did (submissions, declarations, decisions, the audit record) are shown
 * one way everywhere: in the viewer's own time zone, named, so "18:43 CET" on the card and on
 * the visit are the same moment. Visit times are the site's wall clock instead (see the visit
 * views). The zone is the browser's, which Vaadin learns when the UI starts; UTC until then or
 * when the browser names no zone Java knows.
 */
public final class ViewerTime {

    private ViewerTime() {
    }

    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        if (details == null || details.getTimeZoneId() == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(details.getTimeZoneId());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** Date and time with the zone's short name: "2 Dec 2026, 18:43 CET". */
    public static String dateTime(Instant instant, Locale locale) {
        return dateTime(instant, zone(), locale);
    }

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone)) + " " + zoneName(zone, instant, locale);
    }

    /** The date alone, in the viewer's zone. */
    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(instant.atZone(zone()));
    }

    /** The time of day with the zone's short name: "18:43 CET". */
    public static String time(Instant instant, Locale locale) {
        ZoneId zone = zone();
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone)) + " " + zoneName(zone, instant, locale);
    }

    /** "CET", "GMT+8" or "UTC": the name a reader recognises, with summer time where it applies. */
    static String zoneName(ZoneId zone, Instant at, Locale locale) {
        if (zone.normalized() instanceof ZoneOffset offset && offset.getTotalSeconds() == 0) {
            return "UTC";
        }
        return DateTimeFormatter.ofPattern("zzz", locale).format(at.atZone(zone));
    }
}
