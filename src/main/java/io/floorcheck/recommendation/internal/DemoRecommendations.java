package io.floorcheck.recommendation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import io.floorcheck.base.Mark;
import io.floorcheck.base.db.DemoDataCondition;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.EvaluationSummary;
import io.floorcheck.recommendation.Area;
import io.floorcheck.recommendation.LeadershipScorecard;
import io.floorcheck.recommendation.LeadershipScorecardService;
import io.floorcheck.recommendation.RecommendationDraft;
import io.floorcheck.recommendation.RecommendationService;
import io.floorcheck.security.DemoSeeder;
import io.floorcheck.visit.ScoreEntry;
import io.floorcheck.visit.ScoreSave;
import io.floorcheck.visit.Scorecard;
import io.floorcheck.visit.ScorecardService;
import io.floorcheck.visit.VisitService;
import io.floorcheck.visit.VisitStatus;
import io.floorcheck.visit.VisitSummary;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Demo mode: what the executives of Pacific Harbor and Vistula CX recommended in the debriefs
 * of the two completed visits, captured by Marcus and Sofía (each debrief has one duplicate,
 * merged by Priya, and one upsell she flagged), and how each of them scored every recommendation
 * and the session on their leadership scorecard (from {@code demo/leadership-scores.tsv}), all
 * submitted. Created through the services, after the visits.
 */
@Component
@Conditional(DemoDataCondition.class)
@Order(120)
class DemoRecommendations extends DemoSeeder {

    private static final String LEAD = "priya.nair@example.com";
    private static final String MARCUS = "marcus.weber@example.com";
    private static final String SOFIA = "sofia.alvarez@example.com";
    private static final String EVALUATION = "Inbound customer care outsourcing 2027";

    private final RecommendationService recommendations;
    private final LeadershipScorecardService scorecards;
    private final VisitService visits;
    private final EvaluationService evaluations;
    private final ScorecardService visitScorecards;

    DemoRecommendations(RecommendationService recommendations, LeadershipScorecardService scorecards,
            VisitService visits, EvaluationService evaluations, ScorecardService visitScorecards,
            UserDetailsService accounts, PlatformTransactionManager transactions) {
        super(accounts, transactions);
        this.visitScorecards = visitScorecards;
        this.recommendations = recommendations;
        this.scorecards = scorecards;
        this.visits = visits;
        this.evaluations = evaluations;
    }

    /** One recommendation as said in the room, and who of us typed it. */
    private record Said(String capturedBy, String title, Area area, String proposer, String role, String kpi,
            String effect) {
    }

    @Override
    protected void seed() {
        Long evaluation = as(LEAD, () -> evaluations.visible().stream().filter(e -> e.name().equals(EVALUATION))
                .findFirst().map(EvaluationSummary::id).orElse(null));
        if (evaluation == null) {
            return;
        }
        List<VisitSummary> done = as(LEAD, () -> visits.visits(evaluation)).stream()
                .filter(v -> v.status() == VisitStatus.COMPLETED).toList();
        for (VisitSummary visit : done) {
            if (!as(LEAD, () -> recommendations.debrief(visit.id())).recommendations().isEmpty()) {
                return;
            }
            // The debrief at the end of the visit day, site time (see SeedingClock).
            ZonedDateTime debriefAt = visit.startsAt().withHour(16).withMinute(0).atZone(ZoneId.of(visit.siteZone()));
            List<Long> ids = switch (visit.vendorName()) {
                case "Pacific Harbor" -> debrief(visit.id(), debriefAt, List.of(
                        new Said(MARCUS, "Move billing disputes to a dedicated skill group with a two-day "
                                + "resolution target", Area.ROUTING, "Grace Lim", "Head of Workforce Management",
                                "FCR", "+10 points FCR on billing within three months"),
                        new Said(SOFIA, "Re-forecast intraday every 30 minutes instead of once a day", Area.STAFFING,
                                "Grace Lim", "Head of Workforce Management", "Service level",
                                "Monday mornings back to 80/20"),
                        new Said(MARCUS, "Replace the 14-question verification script with risk-based ID&V",
                                Area.CALL_SCRIPTS, "Ramon Dizon", "Site Director", "AHT", "35 seconds off every call"),
                        new Said(SOFIA, "Show the last three contacts and open cases on one agent screen",
                                Area.AGENT_DESKTOP, "Paolo Santos", "VP Client Services", "AHT",
                                "Fewer repeated questions, about 20 seconds a call"),
                        new Said(MARCUS, "Tie QA results to weekly coaching with a tracked calibration rate",
                                Area.QUALITY, "Ramon Dizon", "Site Director", "CSAT", "+4 points CSAT in two quarters"),
                        new Said(SOFIA, "A dedicated team for billing disputes", Area.ROUTING, "Grace Lim",
                                "Head of Workforce Management", null, null),
                        new Said(MARCUS, "Move your voice channel onto the Pacific Harbor cloud contact-center "
                                + "platform", Area.TECHNOLOGY, "Paolo Santos", "VP Client Services",
                                "Cost per contact", "15 % lower cost per contact")),
                        0, 5, 6, "Their own platform licence: it changes our supplier, not how our centre works.");
                case "Vistula CX" -> debrief(visit.id(), debriefAt, List.of(
                        new Said(SOFIA, "Publish KPI definitions with abandons inside the service-level denominator",
                                Area.METRICS, "Agnieszka Nowak", "Managing Director", "Service level",
                                "Service level we can trust from month one"),
                        new Said(MARCUS, "Offer a callback when the queue passes three minutes", Area.ROUTING,
                                "Katarzyna Lewandowska", "Operations Manager DACH", "Service level",
                                "30 % fewer abandons at peak"),
                        new Said(SOFIA, "Nest new hires for four weeks with a proficiency sign-off", Area.TRAINING,
                                "Katarzyna Lewandowska", "Operations Manager DACH", "Attrition",
                                "Under-90-day attrition below 10 %"),
                        new Said(MARCUS, "Calibrate weekly with your QA team and track the agreement rate",
                                Area.QUALITY, "Tomasz Wiśniewski", "Head of Quality", "Quality score",
                                "Agreement above 90 %"),
                        new Said(MARCUS, "Mask card numbers with DTMF in the IVR before agents join the call",
                                Area.TECHNOLOGY, "Tomasz Wiśniewski", "Head of Quality", null,
                                "No card data heard or keyed by agents"),
                        new Said(SOFIA, "Callbacks when waits are long", Area.ROUTING, "Katarzyna Lewandowska",
                                null, null, null),
                        new Said(SOFIA, "Let our Kraków centre of excellence take over your complaints handling",
                                Area.WORKFLOW, "Agnieszka Nowak", "Managing Director", "CSAT",
                                "Complaints closed in five days")),
                        1, 5, 6, "Sells a further scope of work rather than a change to our own centre.");
                default -> List.of();
            };
            if (!ids.isEmpty()) {
                score(visit.id(), visit.vendorName(), ids, debriefAt.plusHours(3));
            }
            if (visit.vendorName().equals("Pacific Harbor")) {
                secondThoughts(visit.id(), debriefAt.plusDays(1).withHour(9).withMinute(10));
            }
        }
    }

    /** Captures what was said, then the lead merges one duplicate into its original and flags the upsell. */
    private List<Long> debrief(long visit, ZonedDateTime at, List<Said> said, int original, int duplicate, int upsell,
            String why) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < said.size(); i++) {
            Said s = said.get(i);
            String key = "demo-" + visit + "-" + i;
            ids.add(as(s.capturedBy(), at.plusMinutes(5L * i).toInstant(), () -> recommendations.capture(visit, key,
                    new RecommendationDraft(s.title(), null, s.area(), s.proposer(), s.role(), s.kpi(), s.effect()))));
        }
        as(LEAD, at.plusMinutes(50).toInstant(), () -> {
            recommendations.merge(ids.get(original), ids.get(duplicate));
            int version = recommendations.debrief(visit).recommendations().stream()
                    .filter(r -> r.id() == ids.get(upsell)).findFirst().orElseThrow().version();
            recommendations.flagUpsell(ids.get(upsell), version, true, why);
            return null;
        });
        return ids;
    }

    /**
     * The morning after Manila, Sofía reads the team's scores and re-checks her notes: her 4 on
     * 1.3 was about the escalation desk, not the billing queue. She reopens her
     * card, lowers 1.3 from 4 to 3 and submits again. Having seen colleagues' scores, her change
     * is marked after unblinding, on the card and in the Record.
     */
    private void secondThoughts(long visit, ZonedDateTime at) {
        as(SOFIA, at.toInstant(), () -> {
            visitScorecards.team(visit);
            Scorecard card = visitScorecards.open(visit);
            int version = visitScorecards.reopen(card.id(), card.version(), "Re-read my notes after seeing the team's "
                    + "scores: my 4 on 1.3 was for the escalation desk, not the billing queue we were scoring");
            visitScorecards.mark(card.id(), "1.3", card.score("1.3").version(), Mark.level(3));
            return visitScorecards.submit(card.id(), version);
        });
    }

    /** One line of the scores file: a recommendation by its place in the debrief, or the session (null). */
    private record Scored(String vendor, Integer item, String evaluator, String code, int score, String note) {
    }

    /** Each attendee scores every recommendation kept and the session, then submits. */
    private void score(long visit, String vendor, List<Long> ids, ZonedDateTime at) {
        List<Scored> lines = scores().stream().filter(line -> line.vendor().equals(vendor)).toList();
        for (String evaluator : List.of("marcus", "sofia")) {
            as(evaluator.equals("marcus") ? MARCUS : SOFIA,
                    at.plusMinutes(evaluator.equals("marcus") ? 0 : 14).toInstant(), () -> {
                LeadershipScorecard card = scorecards.open(visit);
                for (Scored line : lines.stream().filter(l -> l.evaluator().equals(evaluator)).toList()) {
                    Long recommendation = line.item() == null ? null : ids.get(line.item());
                    ScoreSave saved = scorecards.mark(card.id(), recommendation, line.code(), ScoreEntry.UNSAVED,
                            Mark.level(line.score()));
                    if (!line.note().isBlank()) {
                        scorecards.note(card.id(), recommendation, line.code(), saved.entry().version(), line.note());
                    }
                }
                return scorecards.submit(card.id(), card.version());
            });
        }
    }

    private static List<Scored> scores() {
        try (var in = DemoRecommendations.class.getResourceAsStream("/demo/leadership-scores.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t", -1))
                    .map(f -> new Scored(f[0], f[1].equals("session") ? null : Integer.valueOf(f[1]), f[2], f[3],
                            Integer.parseInt(f[4]), f[5].strip()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
