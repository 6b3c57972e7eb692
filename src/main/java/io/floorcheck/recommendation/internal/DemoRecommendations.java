package io.floorcheck.recommendation.internal;

import java.util.ArrayList;
import java.util.List;

import io.floorcheck.base.db.DemoDataCondition;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.EvaluationSummary;
import io.floorcheck.recommendation.Area;
import io.floorcheck.recommendation.RecommendationDraft;
import io.floorcheck.recommendation.RecommendationService;
import io.floorcheck.security.DemoSeeder;
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
 * merged by Priya, and one upsell she flagged). Created through the services, after the visits.
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
    private final VisitService visits;
    private final EvaluationService evaluations;

    DemoRecommendations(RecommendationService recommendations, VisitService visits, EvaluationService evaluations,
            UserDetailsService accounts, PlatformTransactionManager transactions) {
        super(accounts, transactions);
        this.recommendations = recommendations;
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
            switch (visit.vendorName()) {
                case "Pacific Harbor" -> debrief(visit.id(), List.of(
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
                case "Vistula CX" -> debrief(visit.id(), List.of(
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
                default -> { }
            }
        }
    }

    /** Captures what was said, then the lead merges one duplicate into its original and flags the upsell. */
    private void debrief(long visit, List<Said> said, int original, int duplicate, int upsell, String why) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < said.size(); i++) {
            Said s = said.get(i);
            String key = "demo-" + visit + "-" + i;
            ids.add(as(s.capturedBy(), () -> recommendations.capture(visit, key, new RecommendationDraft(s.title(),
                    null, s.area(), s.proposer(), s.role(), s.kpi(), s.effect()))));
        }
        as(LEAD, () -> {
            recommendations.merge(ids.get(original), ids.get(duplicate));
            int version = recommendations.debrief(visit).recommendations().stream()
                    .filter(r -> r.id() == ids.get(upsell)).findFirst().orElseThrow().version();
            recommendations.flagUpsell(ids.get(upsell), version, true, why);
            return null;
        });
    }
}
