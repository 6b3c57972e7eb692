package io.floorcheck.comparison.internal;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.floorcheck.base.Mark;
import io.floorcheck.base.db.DemoDataCondition;
import io.floorcheck.comparison.Agreed;
import io.floorcheck.comparison.ConsensusBoard;
import io.floorcheck.comparison.ConsensusService;
import io.floorcheck.comparison.ItemKey;
import io.floorcheck.evaluation.EvaluationDraft;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.EvaluationSummary;
import io.floorcheck.evaluation.MemberRole;
import io.floorcheck.evaluation.Weights;
import io.floorcheck.recommendation.Area;
import io.floorcheck.recommendation.LeadershipScorecard;
import io.floorcheck.recommendation.LeadershipScorecardService;
import io.floorcheck.recommendation.RecommendationDraft;
import io.floorcheck.recommendation.RecommendationService;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.RubricVersion;
import io.floorcheck.scoring.Part;
import io.floorcheck.security.DemoSeeder;
import io.floorcheck.security.SeedingClock;
import io.floorcheck.user.Person;
import io.floorcheck.vendor.ServiceLine;
import io.floorcheck.vendor.VendorContact;
import io.floorcheck.vendor.VendorDraft;
import io.floorcheck.vendor.VendorService;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Demo mode: a finished evaluation, so a newcomer sees a decision on first start. "Multilingual
 * support outsourcing 2026" is at consensus: three candidates (Łódź, Đà Nẵng, Cluj-Napoca), one
 * completed visit each with all four evaluators, expectations, calls, integrity records, every
 * scorecard and leadership scorecard submitted with evidence; one debrief has a merged duplicate,
 * another a flagged upsell; Đà Nẵng fails the device-control gate; the evaluators disagree on a
 * few criteria; Łódź leads, clearly but not by much. Created through the services as those people,
 * at the moments they would have acted, from {@code demo/decided-visits.tsv} and
 * {@code demo/decided-debriefs.tsv}.
 */
@Component
@Conditional(DemoDataCondition.class)
// After the open evaluation's demo (orders 100–120).
@Order(130)
class DemoDecidedEvaluation extends DemoSeeder {

    static final String NAME = "Multilingual support outsourcing 2026";
    private static final String LEAD = "priya.nair@example.com";
    private static final Map<String, String> EVALUATORS = Map.of("marcus", "marcus.weber@example.com", "sofia",
            "sofia.alvarez@example.com", "kenji", "kenji.tanaka@example.com", "lena", "lena.fischer@example.com");
    private static final List<String> TEAM = List.of("marcus", "sofia", "kenji", "lena");
    private static final Logger log = LoggerFactory.getLogger(DemoDecidedEvaluation.class);

    /** A candidate of this evaluation and its visit: when (days before today), where, its agenda. */
    private record Candidate(String key, VendorDraft vendor, int daysAgo, LocalTime start, LocalTime debrief) {
    }

    private final EvaluationService evaluations;
    private final VendorService vendors;
    private final VisitService visits;
    private final CallLogService calls;
    private final ScorecardService scorecards;
    private final RecommendationService recommendations;
    private final LeadershipScorecardService leadership;
    private final Clock clock;
    private final ConsensusService consensus;

    DemoDecidedEvaluation(EvaluationService evaluations, VendorService vendors, VisitService visits,
            CallLogService calls, ScorecardService scorecards, RecommendationService recommendations,
            LeadershipScorecardService leadership, Clock clock, UserDetailsService accounts,
            PlatformTransactionManager transactions, ConsensusService consensus) {
        super(accounts, transactions);
        this.consensus = consensus;
        this.evaluations = evaluations;
        this.vendors = vendors;
        this.visits = visits;
        this.calls = calls;
        this.scorecards = scorecards;
        this.recommendations = recommendations;
        this.leadership = leadership;
        this.clock = clock;
    }

    @Override
    protected void seed() {
        boolean seeded = as(LEAD, () -> evaluations.visible().stream().map(EvaluationSummary::name)
                .anyMatch(NAME::equals));
        if (seeded) {
            return;
        }
        List<String[]> visitLines = lines("/demo/decided-visits.tsv");
        List<String[]> debriefLines = lines("/demo/decided-debriefs.tsv");
        List<Candidate> candidates = List.of(
                new Candidate("LODZ", lodz(), 80, LocalTime.of(9, 0), LocalTime.of(16, 0)),
                new Candidate("DANANG", daNang(), 74, LocalTime.of(17, 0), LocalTime.of(21, 0)),
                new Candidate("CLUJ", cluj(), 68, LocalTime.of(9, 30), LocalTime.of(16, 0)));
        Instant created = clock.instant().minus(Duration.ofDays(110));
        // Three weeks from today: the decision is still to be signed off.
        LocalDate decisionBy = LocalDate.now(clock).plusDays(21);
        Map<String, Long> vendorIds = new HashMap<>();
        long evaluation = SeedingClock.at(created, () -> {
            for (Candidate candidate : candidates) {
                vendorIds.put(candidate.key(), as(LEAD, () -> vendors.create(candidate.vendor())));
            }
            return as(LEAD, () -> {
                EvaluationDraft defaults = evaluations.newDraft();
                long id = evaluations.create(new EvaluationDraft(NAME, "Second-line multilingual email and chat "
                        + "support for our EU customers (German, French, Hungarian and Romanian; about 650,000 "
                        + "contacts a year) from Q1 2027. We visited each finalist's site with four evaluators and "
                        + "heard their leadership's first recommendations.",
                        decisionBy, defaults.visitRubricId(),
                        defaults.recommendationRubricId(), defaults.sessionRubricId(), Weights.DEFAULT));
                evaluations.setCandidates(id, candidates.stream().map(c -> vendorIds.get(c.key())).toList());
                Map<String, Long> people = evaluations.people().stream()
                        .collect(Collectors.toMap(Person::name, Person::id, (a, b) -> a));
                for (String name : List.of("Marcus Weber", "Sofía Álvarez", "Kenji Tanaka", "Lena Fischer")) {
                    evaluations.putMember(id, people.get(name), MemberRole.EVALUATOR);
                }
                evaluations.putMember(id, people.get("Claire Dubois"), MemberRole.READER);
                evaluations.advance(id, evaluations.evaluation(id).version());
                return id;
            });
        });
        Instant declared = created.plus(Duration.ofDays(2));
        for (String who : TEAM) {
            as(EVALUATORS.get(who), declared, () -> {
                vendorIds.values().stream().sorted().forEach(vendor -> evaluations.declare(evaluation, vendor, false,
                        null));
                return null;
            });
        }
        Map<String, Long> people = as(LEAD, () -> evaluations.evaluation(evaluation)).members().stream()
                .collect(Collectors.toMap(m -> m.name(), m -> m.userId(), (a, b) -> a));
        List<Long> attendees = List.of(people.get("Marcus Weber"), people.get("Sofía Álvarez"),
                people.get("Kenji Tanaka"), people.get("Lena Fischer"));
        for (Candidate candidate : candidates) {
            visit(evaluation, candidate, vendorIds.get(candidate.key()), attendees, created.plus(Duration.ofDays(6)),
                    visitLines, debriefLines);
        }
        as(LEAD, clock.instant().minus(Duration.ofDays(40)),
                () -> evaluations.advance(evaluation, evaluations.evaluation(evaluation).version()));
        settle(evaluation, vendorIds);
        log.info("Demo mode: created the decided evaluation '{}' at consensus", NAME);
    }

    /**
     * The first consensus meeting: the two most disputed criteria agreed with the reasons the team
     * gave, and Đà Nẵng's failed device-control gate waived by the CISO on a remediation plan. The
     * evaluation stays at consensus, so the lead can try the board and lock it.
     */
    private void settle(long evaluation, Map<String, Long> vendorIds) {
        as(LEAD, clock.instant().minus(Duration.ofDays(38)), () -> {
            consensus.record(evaluation, new ItemKey(Part.VISIT, vendorIds.get("LODZ"), null, "5.1"),
                    ConsensusBoard.Item.NONE, Agreed.ofLevel(3), "Lena's 5 rested on the Wrocław figures the HR lead "
                            + "quoted; the Łódź floor's own report shows 38 % annual and 11 % under-90-day attrition, "
                            + "a 3 on our descriptor. Kenji's 2 counted the seasonal cohort, which our scope excludes.");
            consensus.record(evaluation, new ItemKey(Part.VISIT, vendorIds.get("CLUJ"), null, "7.1"),
                    ConsensusBoard.Item.NONE, Agreed.ofLevel(3), "Kenji sat through a 25-minute CRM freeze on the "
                            + "telecom queue that the others did not see; the incident log shows two such freezes last "
                            + "quarter. The desktop is good when it is up: 3, with the resilience concern carried to 7.3.");
            consensus.waive(evaluation, vendorIds.get("DANANG"), "G2", ConsensusBoard.Item.NONE, "Dana Whitfield",
                    "Chief Information Security Officer", "Written remediation agreed: phone lockers at the chat pod "
                            + "and badge-release printing before go-live, re-audited by our security team in week 4; "
                            + "the contract does not start without it.");
            return null;
        });
    }

    private void visit(long evaluation, Candidate candidate, long vendor, List<Long> attendees, Instant planned,
            List<String[]> visitLines, List<String[]> debriefLines) {
        String key = candidate.key();
        VendorSite site = as(LEAD, () -> evaluations.evaluation(evaluation)).candidates().stream()
                .filter(c -> c.id() == vendor).findFirst().orElseThrow().vendor().sites().getFirst();
        ZoneId zone = ZoneId.of(site.timeZone());
        LocalDate day = LocalDate.now(clock).minusDays(candidate.daysAgo());
        LocalDateTime start = day.atTime(candidate.start());
        long visit = as(LEAD, planned, () -> {
            long id = visits.plan(evaluation, new VisitPlan(vendor, site.id(), start,
                    "Four of us; each sits with a different queue. Ask for the attrition split by shift."));
            visits.setAttendees(id, attendees);
            visits.setAgenda(id, List.of(
                    new AgendaItem(AgendaKind.BRIEFING, candidate.start(), "Site welcome and operations overview",
                            null, null, null),
                    new AgendaItem(AgendaKind.FLOOR_SHADOWING, candidate.start().plusHours(1),
                            "Side-by-sides on the queues we chose on the day", null, null, null),
                    new AgendaItem(AgendaKind.FOCUS_GROUP, candidate.start().plusHours(4),
                            "Agent focus group, no team leads in the room", null, "Six agents", null),
                    new AgendaItem(AgendaKind.LEADERSHIP_DEBRIEF, candidate.debrief(),
                            "Leadership debrief and first recommendations", null, null, null)));
            return id;
        });
        Instant before = start.minusDays(2).atZone(zone).toInstant();
        for (String[] line : of(visitLines, "expect", key)) {
            as(EVALUATORS.get(line[2]), before, () -> {
                visits.expect(visit, line[3], Integer.valueOf(line[4]), line[5]);
                return null;
            });
        }
        as(LEAD, start.atZone(zone).toInstant(), () -> visits.start(visit, visits.visit(visit).version()));
        for (String[] line : of(visitLines, "call", key)) {
            LocalTime at = LocalTime.parse(line[3]);
            as(EVALUATORS.get(line[2]), day.atTime(at).atZone(zone).toInstant(), () -> calls.logCall(visit,
                    new CallDraft(at, line[4], Integer.valueOf(line[5]), Resolution.valueOf(line[6]),
                            Integer.parseInt(line[7]), Integer.parseInt(line[8]), Answer.valueOf(line[9]),
                            Answer.valueOf(line[10]), Answer.valueOf(line[11]), Sentiment.valueOf(line[12]),
                            line.length > 13 && !line[13].isBlank() ? line[13] : null)));
        }
        List<Long> ids = debrief(visit, key, day.atTime(candidate.debrief()).atZone(zone).toInstant(), debriefLines);

        Map<String, String[]> notes = new HashMap<>();
        of(visitLines, "note", key).forEach(line -> notes.put(line[2], new String[] {line[3], line[4]}));
        Map<String, String> where = new HashMap<>();
        of(visitLines, "where", key).forEach(line -> where.put(line[2], line[3]));
        Map<String, String> gateNotes = new HashMap<>();
        of(visitLines, "gate", key).forEach(line -> gateNotes.put(line[2] + "|" + line[3], line[4]));
        Instant scored = day.atTime(candidate.debrief()).plusHours(2).atZone(zone).toInstant();
        for (String[] line : of(visitLines, "levels", key)) {
            String who = line[2];
            scoreVisit(EVALUATORS.get(who), visit, scored.plus(Duration.ofMinutes(7L * TEAM.indexOf(who))), line[3],
                    where.getOrDefault(who, ""), notes, gateNotes, who);
        }
        for (String who : TEAM) {
            scoreLeadership(EVALUATORS.get(who), visit, key, who, ids,
                    scored.plus(Duration.ofMinutes(40 + 6L * TEAM.indexOf(who))), debriefLines);
        }
        as(LEAD, scored.plus(Duration.ofHours(2)), () -> visits.complete(visit, visits.visit(visit).version()));
        as(LEAD, day.plusDays(1).atTime(10, 0).atZone(zone).toInstant(), () -> visits.recordIntegrity(visit,
                visits.visit(visit).version(), integrity(key)));
    }

    /** Captures the debrief's recommendations, then the lead merges a duplicate and flags an upsell. */
    private List<Long> debrief(long visit, String key, Instant at, List<String[]> lines) {
        List<Long> ids = new ArrayList<>();
        List<String[]> said = of(lines, "rec", key);
        for (int i = 0; i < said.size(); i++) {
            String[] s = said.get(i);
            String captureKey = "demo-decided-" + visit + "-" + s[2];
            ids.add(as(EVALUATORS.get(s[3]), at.plus(Duration.ofMinutes(6L * i)), () -> recommendations.capture(visit,
                    captureKey, new RecommendationDraft(s[4], null, Area.valueOf(s[5]), blank(s, 6), blank(s, 7),
                            blank(s, 8), blank(s, 9)))));
        }
        Instant decided = at.plus(Duration.ofMinutes(50));
        for (String[] merge : of(lines, "merge", key)) {
            as(LEAD, decided, () -> {
                recommendations.merge(ids.get(Integer.parseInt(merge[2])), ids.get(Integer.parseInt(merge[3])));
                return null;
            });
        }
        for (String[] upsell : of(lines, "upsell", key)) {
            long id = ids.get(Integer.parseInt(upsell[2]));
            as(LEAD, decided, () -> {
                int version = recommendations.debrief(visit).recommendations().stream().filter(r -> r.id() == id)
                        .findFirst().orElseThrow().version();
                return recommendations.flagUpsell(id, version, true, upsell[3]);
            });
        }
        return ids;
    }

    /** Fills a visit scorecard from a line of levels, with an observation wherever the evidence rule asks. */
    private void scoreVisit(String email, long visit, Instant at, String levels, String where,
            Map<String, String[]> notes, Map<String, String> gateNotes, String who) {
        as(email, at, () -> {
            Scorecard card = scorecards.open(visit);
            List<Criterion> criteria = card.rubric().sections().stream().flatMap(s -> s.criteria().stream()).toList();
            Map<String, String> sectionOf = new HashMap<>();
            card.rubric().sections().forEach(s -> s.criteria().forEach(c -> sectionOf.put(c.code(), s.code())));
            String marks = levels.replace(" ", "");
            for (int i = 0; i < criteria.size(); i++) {
                Criterion criterion = criteria.get(i);
                char level = marks.charAt(i);
                Mark mark = level == 'P' ? Mark.pass() : level == 'F' ? Mark.fail() : Mark.level(level - '0');
                ScoreEntry entry = scorecards.mark(card.id(), criterion.code(), ScoreEntry.UNSAVED, mark).entry();
                String note = gateNotes.get(who + "|" + criterion.code());
                if (note == null && ScorecardCheck.needsEvidence(card.rubric(), criterion, mark)) {
                    note = notes.get(sectionOf.get(criterion.code()))[mark.level() <= 2 ? 0 : 1] + where;
                }
                if (note != null) {
                    scorecards.note(card.id(), criterion.code(), entry.version(), note);
                }
            }
            Scorecard filled = scorecards.open(visit);
            return scorecards.submit(filled.id(), filled.version());
        });
    }

    /** Scores every recommendation kept and the session, with the note each line gives, then submits. */
    private void scoreLeadership(String email, long visit, String key, String who, List<Long> ids, Instant at,
            List<String[]> lines) {
        as(email, at, () -> {
            LeadershipScorecard card = leadership.open(visit);
            for (var recommendation : card.recommendations()) {
                int item = ids.indexOf(recommendation.id());
                String[] line = of(lines, "scores", key).stream()
                        .filter(l -> Integer.parseInt(l[2]) == item && l[3].equals(who)).findFirst().orElse(null);
                String levels = line == null ? "3333333" : line[4];
                mark(card, card.recommendationRubric(), recommendation.id(), levels, line == null ? null : line[5]);
            }
            String[] session = of(lines, "session", key).stream().filter(l -> l[2].equals(who)).findFirst()
                    .orElseThrow();
            mark(card, card.sessionRubric(), null, session[3], session[4]);
            LeadershipScorecard filled = leadership.open(visit);
            return leadership.submit(filled.id(), filled.version());
        });
    }

    private void mark(LeadershipScorecard card, RubricVersion rubric, Long recommendation, String levels,
            String note) {
        List<Criterion> criteria = rubric.sections().stream().flatMap(s -> s.criteria().stream()).toList();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            Mark mark = Mark.level(levels.charAt(i) - '0');
            ScoreEntry entry = leadership.mark(card.id(), recommendation, criterion.code(), ScoreEntry.UNSAVED, mark)
                    .entry();
            if (ScorecardCheck.needsEvidence(rubric, criterion, mark)) {
                leadership.note(card.id(), recommendation, criterion.code(), entry.version(), note);
            }
        }
    }

    private static VisitIntegrity integrity(String key) {
        return switch (key) {
            case "LODZ" -> new VisitIntegrity(true, true, true, true, "Lunch in the site canteen",
                    "We picked every agent ourselves; nobody from management joined the focus group.", null);
            case "DANANG" -> new VisitIntegrity(true, true, false, true, "Dinner with the account team",
                    "A team lead stayed in the room for the first ten minutes of the focus group.", null);
            default -> new VisitIntegrity(true, true, true, false, "Coffee and sandwiches at the site",
                    "Volume was low: a Romanian public holiday the day before moved demand.", null);
        };
    }

    private static List<String[]> of(List<String[]> lines, String kind, String vendor) {
        return lines.stream().filter(l -> l[0].equals(kind) && l[1].equals(vendor)).toList();
    }

    private static String blank(String[] line, int index) {
        return line.length > index && !line[index].isBlank() ? line[index] : null;
    }

    private static List<String[]> lines(String resource) {
        try (var in = DemoDecidedEvaluation.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VendorDraft lodz() {
        return new VendorDraft("Łódź Contact Services sp. z o.o.", "Łódź Contact", "Poland",
                "https://lodz-contact.example.com",
                "Polish multilingual hub with 1,400 agents in Łódź and Wrocław; German, French and English email "
                        + "and chat for retail and travel brands.",
                Set.of(ServiceLine.CHAT, ServiceLine.EMAIL, ServiceLine.VOICE), "German, French, English, Polish",
                "Mid-range rate card; strongest German chat references.",
                List.of(new VendorSite("Łódź", "Poland", 900, Set.of(ServiceLine.CHAT, ServiceLine.EMAIL),
                        "Europe/Warsaw")),
                List.of(new VendorContact("Anna Kowalczyk", "Head of Operations", "a.kowalczyk@lodz-contact.example.com",
                        "+48 42 555 0130")));
    }

    private static VendorDraft daNang() {
        return new VendorDraft("Đà Nẵng Customer Care JSC", "Đà Nẵng Care", "Vietnam",
                "https://danang-care.example.com",
                "Vietnamese BPO with 3,200 agents, strong in English voice and chat for APAC and US brands; "
                        + "building a European language desk.",
                Set.of(ServiceLine.VOICE, ServiceLine.CHAT, ServiceLine.EMAIL, ServiceLine.BACK_OFFICE),
                "English, Vietnamese, French (small team)",
                "Lowest rate card by far; European languages are new for them.",
                List.of(new VendorSite("Đà Nẵng", "Vietnam", 1200, Set.of(ServiceLine.VOICE, ServiceLine.CHAT),
                        "Asia/Ho_Chi_Minh")),
                List.of(new VendorContact("Nguyễn Thị Lan", "Operations Director", "lan.nguyen@danang-care.example.com",
                        "+84 236 555 0190")));
    }

    private static VendorDraft cluj() {
        return new VendorDraft("Transilvania Support Hub S.R.L.", "Transilvania Hub", "Romania",
                "https://transilvania-hub.example.com",
                "Romanian nearshore centre in Cluj-Napoca with 1,100 agents; Hungarian, Romanian, German and English "
                        + "support for telecom and banking.",
                Set.of(ServiceLine.VOICE, ServiceLine.CHAT, ServiceLine.EMAIL), "Romanian, Hungarian, German, English",
                "Low attrition and a strong IT team; German voice capacity still growing.",
                List.of(new VendorSite("Cluj-Napoca", "Romania", 700, Set.of(ServiceLine.VOICE, ServiceLine.CHAT),
                        "Europe/Bucharest")),
                List.of(new VendorContact("Ioana Popescu", "Managing Director", "ioana.popescu@transilvania-hub.example.com",
                        "+40 264 555 0155")));
    }
}
