package io.floorcheck.visit.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.html.Span;
import io.floorcheck.visit.VisitStatus;

/** How visits show their time (the site's wall clock, with its zone) and status. */
final class VisitFormat {

    private VisitFormat() {
    }

    static String when(LocalDateTime startsAt, String zone, Locale locale) {
        return when(startsAt, zone, locale, FormatStyle.FULL);
    }

    /** Shorter, for lists. */
    static String shortWhen(LocalDateTime startsAt, String zone, Locale locale) {
        return when(startsAt, zone, locale, FormatStyle.MEDIUM);
    }

    private static String when(LocalDateTime startsAt, String zone, Locale locale, FormatStyle dateStyle) {
        // The site's wall clock: that is what the agenda and the people on the floor go by.
        return DateTimeFormatter.ofLocalizedDateTime(dateStyle, FormatStyle.SHORT).withLocale(locale)
                .format(startsAt) + " (" + zone + ")";
    }

    static Span status(VisitStatus status) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("visits.status." + status));
        badge.addClassName("fc-status");
        badge.getElement().setAttribute("data-status", switch (status) {
            case PLANNED -> "DRAFT";
            case IN_PROGRESS -> "OPEN";
            case COMPLETED -> "LOCKED";
            case CANCELLED -> "CANCELLED";
        });
        return badge;
    }
}
