package io.floorcheck.evaluation;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the Record shows: one person (their login; null for everyone), one kind (null for all),
 * and the days from and to (inclusive, either open when null) in the viewer's time zone.
 */
public record RecordFilter(String actor, RecordKind kind, LocalDate from, LocalDate to, ZoneId zone) {

    public static RecordFilter all(ZoneId zone) {
        return new RecordFilter(null, null, null, null, zone);
    }
}
