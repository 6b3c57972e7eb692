package io.floorcheck.report;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report's words, from the app's message bundle in the chosen locale (the comparison view
 * uses the same), and its dates and times in the report's time zone and the locale's formats.
 */
final class ReportText implements Verdict.Translate {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final ZoneId zone;

    ReportText(Locale locale, ZoneId zone) {
        this.bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale);
        this.locale = locale;
        this.zone = zone;
    }

    /** The message, its arguments placed as the view's translations place them (no arguments: as written). */
    @Override
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    Locale locale() {
        return locale;
    }

    String dateTime(Instant at) {
        return at == null ? "—" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(at.atZone(zone)) + " " + zoneName();
    }

    String date(LocalDate date) {
        return date == null ? "—" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    String date(Instant at) {
        return at == null ? "—" : date(at.atZone(zone).toLocalDate());
    }

    private String zoneName() {
        return zone.getId();
    }
}
