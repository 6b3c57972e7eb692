package io.floorcheck.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.recommendation.LeadershipScorecardService;
import io.floorcheck.visit.AttendedVisit;
import io.floorcheck.visit.CardProgress;
import io.floorcheck.visit.VisitService;
import io.floorcheck.visit.VisitStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's to-do list across the features, most urgent first: the cards they owe, the
 * visits they go on, what their evaluations wait for from them, and what is ready to read. Read
 * in a constant number of queries, however many evaluations, visits and cards there are.
 */
@Service
public class ToDoService {

    /** How far ahead planned visits are listed. */
    public static final int UPCOMING_DAYS = 14;

    private final EvaluationService evaluations;
    private final VisitService visits;
    private final LeadershipScorecardService leadership;
    private final Clock clock;

    ToDoService(EvaluationService evaluations, VisitService visits, LeadershipScorecardService leadership,
            Clock clock) {
        this.evaluations = evaluations;
        this.visits = visits;
        this.leadership = leadership;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ToDo> mine() {
        List<ToDo> list = new ArrayList<>();
        List<AttendedVisit> attended = visits.attended();
        List<AttendedVisit> scored = attended.stream().filter(AttendedVisit::scoredNow).toList();
        Map<Long, CardProgress> leadershipCards = leadership.progress(scored.stream()
                .map(AttendedVisit::visitId).toList());
        for (AttendedVisit visit : attended) {
            if (visit.scoredNow()) {
                // Scoring waits for the declaration: say that, not "start your scorecard".
                switch (visit.declaration()) {
                    case MISSING -> list.add(new ToDo.Declare(visit, false));
                    case PENDING -> list.add(new ToDo.Declare(visit, true));
                    case EXCLUDED, CLEARED -> {
                    }
                }
                if (visit.declaration() != AttendedVisit.Declaration.CLEARED) {
                    continue;
                }
                if (!visit.card().submitted()) {
                    list.add(new ToDo.Card(ToDo.CardKind.VISIT, visit, visit.card()));
                }
                CardProgress card = leadershipCards.get(visit.visitId());
                if (card != null && !card.submitted()) {
                    list.add(new ToDo.Card(ToDo.CardKind.LEADERSHIP, visit, card));
                }
            } else if (visit.status() == VisitStatus.PLANNED) {
                // The site's calendar day: a visit at 08:00 in Manila is "today" there before it is here.
                LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(visit.siteZone())));
                LocalDate day = visit.startsAt().toLocalDate();
                if (day.isBefore(today)) {
                    list.add(new ToDo.Visit(visit, ToDo.Visit.Day.OVERDUE));
                } else if (day.equals(today)) {
                    list.add(new ToDo.Visit(visit, ToDo.Visit.Day.TODAY));
                } else if (!day.isAfter(today.plusDays(UPCOMING_DAYS))) {
                    list.add(new ToDo.Visit(visit, ToDo.Visit.Day.UPCOMING));
                }
            }
        }
        evaluations.attention().forEach(attention -> list.add(new ToDo.Evaluation(attention)));
        // A stable sort: within an urgency, visits keep their time order and evaluations theirs.
        list.sort(Comparator.comparing(ToDo::urgency));
        return list;
    }
}
