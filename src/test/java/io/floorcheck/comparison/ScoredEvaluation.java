package io.floorcheck.comparison;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import io.floorcheck.base.Mark;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.MemberRole;
import io.floorcheck.recommendation.LeadershipScorecardService;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.visit.Scorecard;
import io.floorcheck.visit.ScorecardService;
import io.floorcheck.visit.VisitFixture;
import io.floorcheck.visit.VisitPlan;
import io.floorcheck.visit.VisitService;

/**
 * An open evaluation scored through the services as its evaluators would: two candidates, both
 * visited by Ada and Ben; on the first both mark every criterion 3, on the second Ada marks 4 and
 * Ben 3; every gate passes; both submit their visit and leadership cards.
 */
public record ScoredEvaluation(long evaluation, long first, long second, List<Long> visits) {

    public static final String A = EvaluationFixture.EVALUATOR_A;
    public static final String B = EvaluationFixture.EVALUATOR_B;

    /** Who marks what: the level an evaluator gives a criterion of the first (0) or second (1) candidate. */
    public interface Levels {
        int of(int candidate, String evaluator, String criterion);
    }

    /** The default: the first all 3s from both; the second 4s from Ada and 3s from Ben. */
    public static final Levels DEFAULT = (candidate, evaluator, criterion) -> candidate == 1 && evaluator.equals(A) ? 4 : 3;

    public static ScoredEvaluation of(String name, EvaluationFixture fixture, TestAccounts accounts,
            EvaluationService evaluations, VisitService visits, ScorecardService scorecards,
            LeadershipScorecardService leadership) {
        return of(name, fixture, accounts, evaluations, visits, scorecards, leadership, DEFAULT);
    }

    public static ScoredEvaluation of(String name, EvaluationFixture fixture, TestAccounts accounts,
            EvaluationService evaluations, VisitService visits, ScorecardService scorecards,
            LeadershipScorecardService leadership, Levels levels) {
        long first = fixture.vendor(name + " One");
        long second = fixture.vendor(name + " Two");
        var setup = fixture.open(name, first, second);
        List<Long> visitIds = new ArrayList<>();
        accounts.as(EvaluationFixture.LEAD, () -> {
            evaluations.putMember(setup.id(), fixture.evaluatorB, MemberRole.EVALUATOR);
            for (long vendor : List.of(first, second)) {
                long site = evaluations.evaluation(setup.id()).candidates().stream()
                        .filter(c -> c.vendor().id() == vendor).findFirst().orElseThrow().vendor().sites().getFirst()
                        .id();
                long visit = visits.plan(setup.id(), new VisitPlan(vendor, site, LocalDateTime.of(2027, 3, 2, 9, 0),
                        null));
                visits.setAttendees(visit, List.of(fixture.evaluatorA, fixture.evaluatorB));
                visits.start(visit, visits.visit(visit).version());
                visitIds.add(visit);
            }
        });
        for (String evaluator : List.of(A, B)) {
            for (long vendor : List.of(first, second)) {
                accounts.as(evaluator, () -> evaluations.declare(setup.id(), vendor, false, null));
            }
        }
        for (String evaluator : List.of(A, B)) {
            accounts.as(evaluator, () -> {
                fill(scorecards, visitIds.get(0), code -> levels.of(0, evaluator, code));
                fill(scorecards, visitIds.get(1), code -> levels.of(1, evaluator, code));
            });
        }
        for (String evaluator : List.of(A, B)) {
            accounts.as(evaluator, () -> visitIds.forEach(v -> VisitFixture.submitLeadershipCard(leadership, v)));
        }
        return new ScoredEvaluation(setup.id(), first, second, List.copyOf(visitIds));
    }

    /** Marks every scored criterion at its level (with the evidence note the rule asks for), gates pass; submits. */
    private static void fill(ScorecardService scorecards, long visit, java.util.function.ToIntFunction<String> levels) {
        Scorecard card = scorecards.open(visit);
        for (var criterion : card.rubric().sections().stream().flatMap(s -> s.criteria().stream()).toList()) {
            int level = criterion.gate() ? 3 : levels.applyAsInt(criterion.code());
            var saved = scorecards.mark(card.id(), criterion.code(), card.score(criterion.code()).version(),
                    criterion.gate() ? Mark.pass() : Mark.level(level));
            if (!criterion.gate() && level != 3) {
                scorecards.note(card.id(), criterion.code(), saved.entry().version(), "Saw it on two calls");
            }
        }
        Scorecard filled = scorecards.open(visit);
        scorecards.submit(filled.id(), filled.version());
    }
}
