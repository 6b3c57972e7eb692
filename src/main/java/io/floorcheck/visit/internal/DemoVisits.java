package io.floorcheck.visit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.floorcheck.base.Mark;
import io.floorcheck.base.db.DemoDataCondition;
import io.floorcheck.evaluation.Candidate;
import io.floorcheck.evaluation.Evaluation;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.EvaluationSummary;
import io.floorcheck.evaluation.Member;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.security.DemoSeeder;
import io.floorcheck.vendor.VendorSite;
import io.floorcheck.visit.AgendaItem;
import io.floorcheck.visit.AgendaKind;
import io.floorcheck.visit.Answer;
import io.floorcheck.visit.CallDraft;
import io.floorcheck.visit.CallLogService;
import io.floorcheck.visit.Resolution;
import io.floorcheck.visit.ScoreEntry;
import io.floorcheck.visit.Scorecard;
import io.floorcheck.visit.ScorecardCheck;
import io.floorcheck.visit.ScorecardService;
import io.floorcheck.visit.Sentiment;
import io.floorcheck.visit.VisitIntegrity;
import io.floorcheck.visit.VisitPlan;
import io.floorcheck.visit.VisitService;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Demo mode: the demo evaluation's three site visits, planned by Priya. Manila and Kraków are
 * done: expectations, call logs, scorecards submitted by Marcus and Sofía (Vistula failed the
 * device-control gate) and the integrity record. Bogotá is under way today, with Sofía's
 * scorecard half filled; Kenji, her co-attendee, has yet to declare his conflicts. Created
 * through the services as those people, in one transaction, after the evaluation itself.
 */
@Component
@Conditional(DemoDataCondition.class)
// After the demo evaluation (order 100), which the evaluation feature seeds.
@Order(110)
class DemoVisits extends DemoSeeder {

    private static final String LEAD = "priya.nair@example.com";
    private static final String MARCUS = "marcus.weber@example.com";
    private static final String SOFIA = "sofia.alvarez@example.com";
    private static final String EVALUATION = "Inbound customer care outsourcing 2027";

    private final VisitService visits;
    private final CallLogService calls;
    private final ScorecardService scorecards;
    private final EvaluationService evaluations;
    private final Clock clock;

    DemoVisits(VisitService visits, CallLogService calls, ScorecardService scorecards, EvaluationService evaluations,
            Clock clock, UserDetailsService accounts, PlatformTransactionManager transactions) {
        super(accounts, transactions);
        this.visits = visits;
        this.calls = calls;
        this.scorecards = scorecards;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    @Override
    protected void seed() {
        Evaluation evaluation = as(LEAD, () -> evaluations.visible().stream()
                .filter(e -> e.name().equals(EVALUATION)).findFirst().map(EvaluationSummary::id)
                .map(evaluations::evaluation).orElse(null));
        if (evaluation == null || !as(LEAD, () -> visits.visits(evaluation.id())).isEmpty()) {
            return;
        }
        Map<String, Long> people = evaluation.members().stream()
                .collect(Collectors.toMap(Member::name, Member::userId));
        long marcus = people.get("Marcus Weber");
        long sofia = people.get("Sofía Álvarez");
        long kenji = people.get("Kenji Tanaka");
        // Relative to now, so the demo always shows two visits done and one under way; every action is
        // dated when it would have happened, at the site's own time (see SeedingClock).
        LocalDate today = LocalDate.now(clock);
        Instant planned = clock.instant().minus(Duration.ofDays(30));
        LocalDateTime manilaStart = today.minusDays(19).atTime(9, 0);
        LocalDateTime krakowStart = today.minusDays(12).atTime(9, 30);
        // Under way now in Bogotá: started three hours ago, site time.
        LocalDateTime bogotaStart = LocalDateTime.now(clock.withZone(BOGOTA)).truncatedTo(ChronoUnit.HOURS)
                .minusHours(3);
        long manila = as(LEAD, planned, () -> plan(evaluation, "Pacific Harbor", "Makati", manilaStart,
                "Badges at reception, tower 2. Ask for the attrition figures per site before the debrief.",
                List.of(marcus, sofia), List.of(
                        item(AgendaKind.BRIEFING, 9, 0, "Site director's welcome and operations overview", null, null),
                        item(AgendaKind.FLOOR_SHADOWING, 10, 0, "Side-by-side on billing disputes", marcus,
                                "Team Dalisay, billing disputes queue; we pick the agents on the day"),
                        item(AgendaKind.FLOOR_SHADOWING, 10, 0, "Side-by-side with the real-time desk", sofia,
                                "WFM analysts during the morning peak"),
                        item(AgendaKind.CALL_LISTENING, 13, 0, "Listen to recorded escalations", null,
                                "Ten calls we choose from yesterday's list"),
                        item(AgendaKind.FOCUS_GROUP, 14, 30, "Agent focus group, no team leads in the room", null,
                                "Six agents with 3 to 18 months tenure"),
                        item(AgendaKind.LEADERSHIP_DEBRIEF, 16, 0, "Leadership debrief and first recommendations",
                                null, null))));
        long krakow = as(LEAD, planned, () -> plan(evaluation, "Vistula CX", "Kraków", krakowStart,
                "German-language team on the 4th floor.", List.of(marcus, sofia), List.of(
                        item(AgendaKind.BRIEFING, 9, 30, "Welcome and WFM walkthrough", null, null),
                        item(AgendaKind.FLOOR_SHADOWING, 10, 30, "Shadow the DACH technical support queue", sofia,
                                "Tier-2 German support"),
                        item(AgendaKind.FLOOR_SHADOWING, 10, 30, "Side-by-side on card services", marcus,
                                "English card-services queue, agents of our choosing"),
                        item(AgendaKind.FOCUS_GROUP, 14, 0, "Agent focus group", null, "Five agents, no managers"),
                        item(AgendaKind.LEADERSHIP_DEBRIEF, 15, 0, "Leadership debrief", null, null))));
        int hour = bogotaStart.getHour();
        long bogota = as(LEAD, planned, () -> plan(evaluation, "Andes CC", "Bogotá", bogotaStart, null,
                List.of(sofia, kenji), List.of(
                        item(AgendaKind.BRIEFING, hour, 0, "Operations overview", null, null),
                        item(AgendaKind.FLOOR_SHADOWING, (hour + 1) % 24, 0, "Side-by-side on the Spanish billing line",
                                sofia, "Billing, evening-shift team on overlap"),
                        item(AgendaKind.LEADERSHIP_DEBRIEF, (hour + 6) % 24, 30, "Leadership debrief", null, null))));
        ZoneId manilaZone = zone(evaluation, manila);
        ZoneId krakowZone = zone(evaluation, krakow);

        Instant manilaBefore = manilaStart.minusDays(2).atZone(manilaZone).toInstant();
        Instant krakowBefore = krakowStart.minusDays(2).atZone(krakowZone).toInstant();
        expect(MARCUS, manila, manilaBefore, new Object[][] {
                {"1", 3, "Good scripts on paper, but the RFP answers on first-contact resolution were vague."},
                {"2", 4, "Their WFM lead walked us through intraday re-forecasting in detail."},
                {"5", 2, "Published attrition of 48 % a year at the Manila site."}});
        expect(SOFIA, manila, manilaBefore, new Object[][] {
                {"2", 4, "Strong WFM answers in the RFP, with real interval data attached."},
                {"4", 3, "Nesting looked short for a billing line."}});
        expect(MARCUS, krakow, krakowBefore, new Object[][] {
                {"7", 4, "Modern stack, they run two data centres."},
                {"2", 3, "Service level figures in the RFP were monthly averages only."}});
        expect(SOFIA, krakow, krakowBefore, new Object[][] {
                {"8", 5, "ISO 27001 and PCI listed; a German banking client as reference."},
                {"1", 4, "Native German speakers, strong references for tone."}});

        as(LEAD, manilaStart.atZone(manilaZone).toInstant(), () -> visits.start(manila, visits.visit(manila).version()));
        as(LEAD, krakowStart.atZone(krakowZone).toInstant(), () -> visits.start(krakow, visits.visit(krakow).version()));
        as(LEAD, bogotaStart.atZone(BOGOTA).toInstant(), () -> visits.start(bogota, visits.visit(bogota).version()));

        List<Long> manilaCalls = List.of(
                log(MARCUS, manila, manilaStart, manilaZone, call(10, 12, "Billing disputes", 412, Resolution.YES,
                        0, 1, Answer.YES, Answer.YES, Answer.NA, Sentiment.POSITIVE,
                        "Found the duplicate charge fast; clear recap.")),
                log(MARCUS, manila, manilaStart, manilaZone, call(10, 31, "Billing disputes", 655, Resolution.NO,
                        1, 2, Answer.YES, Answer.NO, Answer.NA, Sentiment.NEGATIVE,
                        "Recording disclosure skipped; cold transfer.")),
                log(MARCUS, manila, manilaStart, manilaZone, call(11, 5, "Payments", 298, Resolution.YES, 0, 0,
                        Answer.YES, Answer.YES, Answer.YES, Sentiment.NEUTRAL,
                        "Card digits entered by keypad, agent never heard them.")));
        log(SOFIA, manila, manilaStart, manilaZone, call(10, 20, "Billing disputes", 371, Resolution.YES, 0, 0,
                Answer.YES, Answer.YES, Answer.NA, Sentiment.POSITIVE, null));
        log(SOFIA, manila, manilaStart, manilaZone, call(10, 47, "Moving home", 503, Resolution.UNCLEAR, 0, 1,
                Answer.YES, Answer.YES, Answer.NA, Sentiment.NEUTRAL, "Needed a supervisor for the address change."));
        List<Long> krakowCalls = List.of(
                log(MARCUS, krakow, krakowStart, krakowZone, call(10, 40, "Card services", 344, Resolution.YES, 0, 0,
                        Answer.YES, Answer.YES, Answer.YES, Sentiment.POSITIVE, "Textbook card block and reissue.")),
                log(MARCUS, krakow, krakowStart, krakowZone, call(11, 2, "Card services", 587, Resolution.NO, 1, 1,
                        Answer.YES, Answer.YES, Answer.NO, Sentiment.NEGATIVE,
                        "Customer read the card number aloud; agent did not stop it.")));
        log(SOFIA, krakow, krakowStart, krakowZone, call(10, 45, "DACH tier 2", 702, Resolution.YES, 0, 1,
                Answer.YES, Answer.YES, Answer.NA, Sentiment.POSITIVE,
                "Router reset walked through in fluent, friendly German."));
        log(SOFIA, krakow, krakowStart, krakowZone, call(11, 20, "DACH tier 2", 455, Resolution.YES, 0, 0,
                Answer.YES, Answer.YES, Answer.NA, Sentiment.NEUTRAL, null));
        LocalTime firstCall = bogotaStart.toLocalTime().plusMinutes(70);
        LocalTime secondCall = bogotaStart.toLocalTime().plusMinutes(88);
        log(SOFIA, bogota, bogotaStart, BOGOTA, call(firstCall.getHour(), firstCall.getMinute(), "Facturación", 389,
                Resolution.YES, 0, 1, Answer.YES, Answer.YES, Answer.NA, Sentiment.POSITIVE, null));
        log(SOFIA, bogota, bogotaStart, BOGOTA, call(secondCall.getHour(), secondCall.getMinute(), "Facturación", 611,
                Resolution.UNCLEAR, 1, 0, Answer.YES, Answer.NO, Answer.NA, Sentiment.NEUTRAL,
                "Disclosure read only after the customer asked."));

        Map<String, String[]> notes = observations();
        Instant manilaScored = manilaStart.withHour(17).withMinute(30).atZone(manilaZone).toInstant();
        Instant krakowScored = krakowStart.withHour(17).withMinute(45).atZone(krakowZone).toInstant();
        score(MARCUS, manila, manilaScored, PACIFIC_MARCUS, "", notes, Map.of(), Map.of("1.2",
                manilaCalls.subList(0, 2), "1.4", List.of(manilaCalls.get(1)), "G1", List.of(manilaCalls.get(2))),
                true);
        score(SOFIA, manila, manilaScored.plus(Duration.ofMinutes(12)), PACIFIC_SOFIA,
                " (seen at the real-time desk and in the focus group)", notes, Map.of(), Map.of(), true);
        Map<String, String> failedGate = Map.of("G2", "Personal phones on three desks in the DACH team and an "
                + "unlocked printer next to the QA room; the team lead said the policy is \"being rolled out\".");
        score(MARCUS, krakow, krakowScored, VISTULA_MARCUS, "", notes, failedGate, Map.of("G1",
                List.of(krakowCalls.get(1)), "1.1", List.of(krakowCalls.get(0))), true);
        score(SOFIA, krakow, krakowScored.plus(Duration.ofMinutes(9)), VISTULA_SOFIA, " (DACH floor)", notes,
                Map.of("G2", "Two agents had phones on the desk and a printer was usable without a badge; fails the "
                        + "condition for our data class."), Map.of(), true);
        // Sofía is halfway through Bogotá: a draft to continue.
        score(SOFIA, bogota, bogotaStart.plusHours(2).atZone(BOGOTA).toInstant(), ANDES_SOFIA_SO_FAR,
                " (Bogotá billing floor)", notes, Map.of(), Map.of(), false);

        as(LEAD, manilaStart.withHour(18).atZone(manilaZone).toInstant(),
                () -> visits.complete(manila, visits.visit(manila).version()));
        as(LEAD, krakowStart.withHour(18).atZone(krakowZone).toInstant(),
                () -> visits.complete(krakow, visits.visit(krakow).version()));
        as(LEAD, manilaStart.plusDays(1).withHour(10).atZone(manilaZone).toInstant(),
                () -> visits.recordIntegrity(manila, visits.visit(manila).version(), new VisitIntegrity(true, true,
                        true, true, "Lunch in the site canteen", "The site director joined the first side-by-side for "
                        + "ten minutes, then left us alone.", null)));
        as(LEAD, krakowStart.plusDays(1).withHour(10).atZone(krakowZone).toInstant(),
                () -> visits.recordIntegrity(krakow, visits.visit(krakow).version(), new VisitIntegrity(true, false,
                        true, false, "Dinner with the account team the evening before", "A team lead stayed within "
                        + "earshot during shadowing; volume was low because of a public holiday in Germany.", null)));
    }

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    /** Logs a call as the attendee, at the moment it was observed at the site. */
    private long log(String who, long visit, LocalDateTime visitStart, ZoneId zone, CallDraft call) {
        Instant at = visitStart.toLocalDate().atTime(call.observedAt()).atZone(zone).toInstant();
        return as(who, at, () -> calls.logCall(visit, call));
    }

    private ZoneId zone(Evaluation evaluation, long visit) {
        return ZoneId.of(as(LEAD, () -> visits.visit(visit)).site().timeZone());
    }

    // Levels per criterion in rubric order (gates G1-G5, then 1.1 ... 9.4); 'P' pass, 'F' fail, '-' unscored.
    private static final String PACIFIC_MARCUS = "PPPPP 43434 55444 44545 43423 21222 3343 3433 34433 4343";
    private static final String PACIFIC_SOFIA = "PPPPP 33434 45434 44445 33323 21322 3343 3443 34433 3343";
    private static final String VISTULA_MARCUS = "PFPPP 44543 33232 33333 44343 44444 4433 5454 55454 4434";
    private static final String VISTULA_SOFIA = "PFPPP 44443 32232 33433 44344 43444 4443 5544 54454 4334";
    private static final String ANDES_SOFIA_SO_FAR = "PPP-- 34424 33432 ----- ----- ----- ---- ---- ----- ----";

    private void expect(String who, long visit, Instant at, Object[][] expectations) {
        as(who, at, () -> {
            for (Object[] expected : expectations) {
                visits.expect(visit, (String) expected[0], (Integer) expected[1], (String) expected[2]);
            }
            return null;
        });
    }

    /**
     * Fills a scorecard from a line of levels, with a floor observation wherever the evidence
     * rule asks for one, links calls as evidence and, when asked, submits it.
     */
    private void score(String who, long visit, Instant at, String levels, String where, Map<String, String[]> notes,
            Map<String, String> gateNotes, Map<String, List<Long>> linkedCalls, boolean submit) {
        as(who, at, () -> {
            Scorecard card = scorecards.open(visit);
            List<Criterion> criteria = card.rubric().sections().stream().flatMap(s -> s.criteria().stream())
                    .toList();
            String marks = levels.replace(" ", "");
            for (int i = 0; i < criteria.size(); i++) {
                Criterion criterion = criteria.get(i);
                char level = marks.charAt(i);
                if (level == '-') {
                    continue;
                }
                Mark mark = switch (level) {
                    case 'P' -> Mark.pass();
                    case 'F' -> Mark.fail();
                    default -> Mark.level(level - '0');
                };
                ScoreEntry entry = scorecards.mark(card.id(), criterion.code(), ScoreEntry.UNSAVED, mark).entry();
                String note = gateNotes.get(criterion.code());
                if (note == null && ScorecardCheck.needsEvidence(card.rubric(), criterion, mark)) {
                    String[] observed = notes.get(criterion.code());
                    note = observed[mark.level() <= 2 ? 0 : 1] + where;
                }
                if (note != null) {
                    entry = scorecards.note(card.id(), criterion.code(), entry.version(), note).entry();
                }
                List<Long> linked = linkedCalls.get(criterion.code());
                if (linked != null) {
                    scorecards.link(card.id(), criterion.code(), entry.version(), linked);
                }
            }
            if (submit) {
                scorecards.submit(card.id(), card.version());
            }
            return null;
        });
    }

    /** The floor observations by criterion code: a note for a low score and one for a high score. */
    private static Map<String, String[]> observations() {
        try (var in = DemoVisits.class.getResourceAsStream("/demo/visit-observations.tsv")) {
            Map<String, String[]> notes = new HashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t"))
                    .forEach(cells -> notes.put(cells[0], new String[] {cells[1], cells[2]}));
            return notes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CallDraft call(int hour, int minute, String queue, int seconds, Resolution resolution,
            int transfers, int holds, Answer identity, Answer disclosure, Answer card, Sentiment sentiment,
            String note) {
        return new CallDraft(LocalTime.of(hour, minute), queue, seconds, resolution, transfers, holds, identity,
                disclosure, card, sentiment, note);
    }

    private long plan(Evaluation evaluation, String vendor, String city, LocalDateTime at, String notes,
            List<Long> attendees, List<AgendaItem> agenda) {
        Candidate candidate = evaluation.candidates().stream().filter(c -> c.name().equals(vendor)).findFirst()
                .orElseThrow();
        VendorSite site = candidate.vendor().sites().stream().filter(s -> s.city().contains(city)).findFirst()
                .orElseThrow();
        long id = visits.plan(evaluation.id(), new VisitPlan(candidate.id(), site.id(), at, notes));
        visits.setAttendees(id, attendees);
        visits.setAgenda(id, agenda);
        return id;
    }

    private static AgendaItem item(AgendaKind kind, int hour, int minute, String title, Long attendee,
            String withWhom) {
        return new AgendaItem(kind, LocalTime.of(hour, minute), title, attendee, withWhom, null);
    }
}
