package io.floorcheck.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.floorcheck.audit.AuditEntry;
import io.floorcheck.audit.AuditEvent;
import io.floorcheck.testsupport.BothDatabases;
import io.floorcheck.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The audit trail, including the count that drives login throttling, on both databases. */
class AuditRepositoryTest extends BothDatabases {

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void eventsKeepTheirUtcTimeToTheMicrosecondAndAllTheirText(TestDatabase database) {
        AuditRepository audit = new AuditRepository(database.dsl());
        Instant at = Instant.parse("2026-03-29T01:30:00.123456Z");
        audit.insert(at, "józef@example.com", AuditEntry.of("USER_UPDATED", "app_user", 42)
                .withValues("roles=[VIEWER]", "roles=[EVALUATOR] — Łódź").withReason("promotion 日本"));

        AuditEvent event = audit.forEntity("app_user", "42").getFirst();
        assertThat(event.occurredAt()).isEqualTo(at);
        assertThat(event.actor()).isEqualTo("józef@example.com");
        assertThat(event.newValue()).isEqualTo("roles=[EVALUATOR] — Łódź");
        assertThat(event.reason()).isEqualTo("promotion 日本");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void countSinceCountsOnlyTheActorsActionsInsideTheWindow(TestDatabase database) {
        AuditRepository audit = new AuditRepository(database.dsl());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        audit.insert(now.minus(20, ChronoUnit.MINUTES), "window@example.com", AuditEntry.of("LOGIN_FAILED", null, null));
        audit.insert(now.minus(5, ChronoUnit.MINUTES), "window@example.com", AuditEntry.of("LOGIN_FAILED", null, null));
        audit.insert(now.minus(4, ChronoUnit.MINUTES), "window@example.com", AuditEntry.of("LOGIN_SUCCEEDED", null, null));
        audit.insert(now.minus(3, ChronoUnit.MINUTES), "other@example.com", AuditEntry.of("LOGIN_FAILED", null, null));

        assertThat(audit.countSince("window@example.com", "LOGIN_FAILED", now.minus(15, ChronoUnit.MINUTES)))
                .isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aValueLongerThanTheCapIsCutWithANoteOfHowMuchWasLeftOut(TestDatabase database) {
        AuditRepository audit = new AuditRepository(database.dsl());
        String pasted = "a pasted page ".repeat(2000); // 28,000 characters
        audit.insert(Instant.now(), "paster@example.com", AuditEntry.of("VENDOR_UPDATED", "vendor", 777)
                .withValues(null, pasted));

        String stored = audit.forEntity("vendor", "777").getFirst().newValue();
        assertThat(stored).hasSize(AuditRepository.VALUE_LENGTH).startsWith("a pasted page a pasted page")
                .endsWith("… [" + (pasted.length() - AuditRepository.VALUE_LENGTH) + " more characters]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void thePageAfterAnEntryContinuesByPositionThroughEqualTimes(TestDatabase database) {
        AuditRepository audit = new AuditRepository(database.dsl());
        long evaluation = 900_000 + System.nanoTime() % 1000;
        Instant at = Instant.parse("2026-11-02T09:00:00Z");
        for (int i = 0; i < 5; i++) {
            // Three share one moment: the id orders them.
            audit.insert(at.plusSeconds(i < 3 ? 0 : i), "pager@example.com",
                    AuditEntry.of("VISIT_PLANNED", "visit", i).in(evaluation));
        }
        var query = io.floorcheck.audit.AuditQuery.ALL;
        var all = audit.page(evaluation, query, 0, 10);
        var first = audit.pageAfter(evaluation, query, null, 3); // ends inside the three of one moment
        var rest = audit.pageAfter(evaluation, query, first.getLast(), 10);

        assertThat(first).extracting(AuditEvent::id).containsExactlyElementsOf(
                all.subList(0, 3).stream().map(AuditEvent::id).toList());
        assertThat(rest).extracting(AuditEvent::id).containsExactlyElementsOf(
                all.subList(3, 5).stream().map(AuditEvent::id).toList());
    }
}
