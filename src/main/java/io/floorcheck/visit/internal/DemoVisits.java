package io.floorcheck.visit.internal;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.floorcheck.base.db.DemoDataCondition;
import io.floorcheck.evaluation.Candidate;
import io.floorcheck.evaluation.Evaluation;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.EvaluationSummary;
import io.floorcheck.evaluation.Member;
import io.floorcheck.security.DemoSeeder;
import io.floorcheck.vendor.VendorSite;
import io.floorcheck.visit.AgendaItem;
import io.floorcheck.visit.AgendaKind;
import io.floorcheck.visit.VisitPlan;
import io.floorcheck.visit.VisitService;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Demo mode: the demo evaluation's three site visits, planned by Priya with attendees and
 * agendas, and Marcus's expectations for the first one. Created through the services, in one
 * transaction, after the evaluation itself.
 */
@Component
@Conditional(DemoDataCondition.class)
// After the demo evaluation (order 100), which the evaluation feature seeds.
@Order(110)
class DemoVisits extends DemoSeeder {

    private static final String LEAD = "priya.nair@example.com";
    private static final String EVALUATION = "Inbound customer care outsourcing 2027";

    private final VisitService visits;
    private final EvaluationService evaluations;

    DemoVisits(VisitService visits, EvaluationService evaluations, UserDetailsService accounts,
            PlatformTransactionManager transactions) {
        super(accounts, transactions);
        this.visits = visits;
        this.evaluations = evaluations;
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
        long manila = as(LEAD, () -> plan(evaluation, "Pacific Harbor", "Makati", LocalDateTime.of(2027, 1, 12, 9, 0),
                "Badges at reception, tower 2. Ask for the attrition figures per site before the debrief.",
                List.of(marcus, kenji), List.of(
                        item(AgendaKind.BRIEFING, 9, 0, "Site director's welcome and operations overview", null, null),
                        item(AgendaKind.FLOOR_SHADOWING, 10, 0, "Side-by-side on billing disputes", marcus,
                                "Team Dalisay, billing disputes queue; we pick the agents on the day"),
                        item(AgendaKind.FLOOR_SHADOWING, 10, 0, "Side-by-side in the QA calibration room", kenji,
                                "QA analysts, calibration of last week's calls"),
                        item(AgendaKind.CALL_LISTENING, 13, 0, "Listen to recorded escalations", null,
                                "Ten calls we choose from yesterday's list"),
                        item(AgendaKind.FOCUS_GROUP, 14, 30, "Agent focus group, no team leads in the room", null,
                                "Six agents with 3 to 18 months tenure"),
                        item(AgendaKind.LEADERSHIP_DEBRIEF, 16, 0, "Leadership debrief and first recommendations",
                                null, null))));
        as(LEAD, () -> plan(evaluation, "Vistula CX", "Kraków", LocalDateTime.of(2027, 1, 26, 9, 30),
                "German-language team on the 4th floor.", List.of(marcus, sofia), List.of(
                        item(AgendaKind.BRIEFING, 9, 30, "Welcome and WFM walkthrough", null, null),
                        item(AgendaKind.FLOOR_SHADOWING, 10, 30, "Shadow the DACH technical support queue", sofia,
                                "Tier-2 German support"),
                        item(AgendaKind.LEADERSHIP_DEBRIEF, 15, 0, "Leadership debrief", null, null))));
        as(LEAD, () -> plan(evaluation, "Andes CC", "Bogotá", LocalDateTime.of(2027, 2, 9, 8, 30), null,
                List.of(sofia, kenji), List.of(
                        item(AgendaKind.BRIEFING, 8, 30, "Operations overview", null, null),
                        item(AgendaKind.LEADERSHIP_DEBRIEF, 15, 30, "Leadership debrief", null, null))));
        as("marcus.weber@example.com", () -> {
            visits.expect(manila, "1", 3, "Good scripts on paper, but the RFP answers on first-contact resolution "
                    + "were vague.");
            visits.expect(manila, "2", 4, "Their WFM lead walked us through intraday re-forecasting in detail.");
            visits.expect(manila, "5", 2, "Published attrition of 48 % a year at the Manila site.");
            return null;
        });
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
