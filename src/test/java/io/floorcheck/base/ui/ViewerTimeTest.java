package io.floorcheck.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** One way to show when someone did something: the viewer's zone, always named. */
class ViewerTimeTest {

    private static final Instant SUBMITTED = Instant.parse("2026-12-01T23:43:00Z");

    @Test
    void theSameMomentReadsInTheViewersZoneWithTheZoneNamed() {
        assertThat(ViewerTime.dateTime(SUBMITTED, ZoneOffset.UTC, Locale.UK)).isEqualTo("1 Dec 2026, 23:43 UTC");
        assertThat(ViewerTime.dateTime(SUBMITTED, ZoneId.of("Europe/Paris"), Locale.UK))
                .isEqualTo("2 Dec 2026, 00:43 CET");
        assertThat(ViewerTime.dateTime(Instant.parse("2026-07-01T10:00:00Z"), ZoneId.of("Europe/Paris"), Locale.UK))
                .as("summer time named as such").endsWith("12:00 CEST");
        assertThat(ViewerTime.dateTime(null, ZoneOffset.UTC, Locale.UK)).isEmpty();
    }

    @Test
    void outsideAPageTheViewerIsInUtc() {
        assertThat(ViewerTime.zone()).isEqualTo(ZoneOffset.UTC);
    }
}
