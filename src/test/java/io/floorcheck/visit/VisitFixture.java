package io.floorcheck.visit;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.MemberRole;
import io.floorcheck.testsupport.TestAccounts;

/**
 * A visit for tests: a new candidate in a new open evaluation led by the test procurement
 * user, planned with the given evaluators of the {@link EvaluationFixture} attending, and
 * started unless asked otherwise.
 */
public final class VisitFixture {

    private final EvaluationFixture fixture;
    private final TestAccounts accounts;
    private final EvaluationService evaluations;
    private final VisitService visits;

    public VisitFixture(EvaluationFixture fixture, TestAccounts accounts, EvaluationService evaluations,
            VisitService visits) {
        this.fixture = fixture;
        this.accounts = accounts;
        this.evaluations = evaluations;
        this.visits = visits;
    }

    /** The ids a test needs. */
    public record Planned(long evaluation, long vendor, long visit) {
    }

    public Planned visit(String name, boolean start, long... attendees) {
        long vendor = fixture.vendor(name + " BPO");
        var setup = fixture.open(name, vendor);
        List<Long> attending = Arrays.stream(attendees).boxed().toList();
        long visit = accounts.as(EvaluationFixture.LEAD, () -> {
            if (attending.contains(fixture.evaluatorB)) {
                evaluations.putMember(setup.id(), fixture.evaluatorB, MemberRole.EVALUATOR);
            }
            long site = evaluations.evaluation(setup.id()).candidates().getFirst().vendor().sites().getFirst().id();
            long id = visits.plan(setup.id(), new VisitPlan(vendor, site, LocalDateTime.of(2027, 3, 2, 9, 0), null));
            visits.setAttendees(id, attending);
            if (start) {
                visits.start(id, visits.visit(id).version());
            }
            return id;
        });
        return new Planned(setup.id(), vendor, visit);
    }

    /** Another visit to the same candidate, planned, with the given evaluators attending. */
    public long another(Planned planned, LocalDateTime at, long... attendees) {
        return accounts.as(EvaluationFixture.LEAD, () -> {
            long site = evaluations.evaluation(planned.evaluation()).candidates().getFirst().vendor().sites()
                    .getFirst().id();
            long id = visits.plan(planned.evaluation(), new VisitPlan(planned.vendor(), site, at, null));
            visits.setAttendees(id, Arrays.stream(attendees).boxed().toList());
            return id;
        });
    }

    /**
     * The current user scores every criterion of their visit scorecard 3 (gates passed, so no
     * note is needed) and submits it.
     */
    public static void submitVisitCard(ScorecardService scorecards, long visitId) {
        Scorecard card = scorecards.open(visitId);
        for (var criterion : card.rubric().sections().stream().flatMap(s -> s.criteria().stream()).toList()) {
            if (!card.score(criterion.code()).mark().isSet()) {
                scorecards.mark(card.id(), criterion.code(), card.score(criterion.code()).version(),
                        criterion.gate() ? io.floorcheck.base.Mark.pass() : io.floorcheck.base.Mark.level(3));
            }
        }
        Scorecard filled = scorecards.open(visitId);
        scorecards.submit(filled.id(), filled.version());
    }

    /**
     * The current user scores every open item of their leadership scorecard 3 and submits it:
     * the blind rule asks for every card an evaluator owes for a vendor, leadership ones too.
     */
    public static void submitLeadershipCard(io.floorcheck.recommendation.LeadershipScorecardService leadership,
            long visitId) {
        var card = leadership.open(visitId);
        for (String key : card.progress().open()) {
            Long recommendation = io.floorcheck.recommendation.LeadershipCheck.recommendationOf(key).orElse(null);
            String code = io.floorcheck.recommendation.LeadershipCheck.codeOf(key);
            leadership.mark(card.id(), recommendation, code, card.score(recommendation, code).version(),
                    io.floorcheck.base.Mark.level(3));
        }
        var filled = leadership.open(visitId);
        leadership.submit(filled.id(), filled.version());
    }

    /** The evaluator declares no conflict of interest with the visit's candidate. */
    public void declareNoConflict(Planned planned, String evaluator) {
        accounts.as(evaluator, () -> evaluations.declare(planned.evaluation(), planned.vendor(), false, null));
    }

    /** A started visit that both fixture evaluators attend, each declared free of conflict. */
    public Planned startedWithBothDeclared(String name) {
        Planned planned = visit(name, true, fixture.evaluatorA, fixture.evaluatorB);
        declareNoConflict(planned, EvaluationFixture.EVALUATOR_A);
        declareNoConflict(planned, EvaluationFixture.EVALUATOR_B);
        return planned;
    }
}
