package io.floorcheck.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import io.floorcheck.base.Mark;
import io.floorcheck.evaluation.Attention;
import io.floorcheck.evaluation.EvaluationDraft;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.Weights;
import io.floorcheck.recommendation.LeadershipScorecardService;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.StatementCounter;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.visit.Scorecard;
import io.floorcheck.visit.ScorecardService;
import io.floorcheck.visit.ScorecardStatus;
import io.floorcheck.visit.VisitFixture;
import io.floorcheck.visit.VisitFixture.Planned;
import io.floorcheck.visit.VisitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The home page's to-do list on MariaDB: each person sees the cards they owe with how far they
 * got, the visits they go on by the site's calendar, what their evaluations wait for, most
 * urgent first — read in the same number of statements however much there is.
 */
@FloorcheckSpringTest
class ToDoServiceTest {

    private static final String A = EvaluationFixture.EVALUATOR_A;
    private static final ZoneId MANILA = ZoneId.of("Asia/Manila"); // the fixture's sites

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    @Autowired VisitService visits;
    @Autowired ScorecardService scorecards;
    @Autowired LeadershipScorecardService leadership;
    @Autowired ToDoService toDos;
    @Autowired StatementCounter statements;
    EvaluationFixture fixture;
    VisitFixture visitFixture;

    @BeforeEach
    void fixture() {
        fixture = new EvaluationFixture(accounts, evaluations, vendors);
        visitFixture = new VisitFixture(fixture, accounts, evaluations, visits);
    }

    private List<ToDo> mineIn(String email, long evaluationId) {
        return accounts.as(email, () -> toDos.mine()).stream().filter(item -> evaluationOf(item) == evaluationId)
                .toList();
    }

    private static long evaluationOf(ToDo item) {
        return switch (item) {
            case ToDo.Card card -> card.visit().evaluationId();
            case ToDo.Declare declare -> declare.visit().evaluationId();
            case ToDo.Visit visit -> visit.visit().evaluationId();
            case ToDo.Evaluation evaluation -> evaluation.attention().evaluationId();
        };
    }

    @Test
    void anEvaluatorOnAVisitUnderWaySeesBothCardsWithHowFarTheyGotUntilSubmitted() {
        Planned planned = visitFixture.visit("To-do cards", true, fixture.evaluatorA);
        visitFixture.declareNoConflict(planned, A);

        List<ToDo> before = mineIn(A, planned.evaluation());
        assertThat(before).hasSize(2).allMatch(item -> item.urgency() == ToDo.Urgency.SCORING_NOW);
        ToDo.Card visitCard = (ToDo.Card) before.get(0);
        ToDo.Card leadershipCard = (ToDo.Card) before.get(1);
        assertThat(visitCard.kind()).isEqualTo(ToDo.CardKind.VISIT);
        assertThat(visitCard.progress().opened()).isFalse();
        assertThat(leadershipCard.kind()).isEqualTo(ToDo.CardKind.LEADERSHIP);
        assertThat(leadershipCard.progress().opened()).isFalse();

        int total = accounts.as(A, () -> {
            Scorecard card = scorecards.open(planned.visit());
            List<Criterion> criteria = card.rubric().sections().stream().flatMap(s -> s.criteria().stream())
                    .filter(c -> !c.gate()).limit(2).toList();
            for (Criterion criterion : criteria) {
                scorecards.mark(card.id(), criterion.code(), card.score(criterion.code()).version(), Mark.level(3));
            }
            return card.progress().total();
        });
        ToDo.Card started = (ToDo.Card) mineIn(A, planned.evaluation()).get(0);
        assertThat(started.progress()).as("as the scorecard itself counts: 2 of the rubric's criteria")
                .isEqualTo(new io.floorcheck.visit.CardProgress(ScorecardStatus.DRAFT, 2, total));
        int leadershipTotal = accounts.as(A, () -> leadership.open(planned.visit()).progress().total());
        assertThat(((ToDo.Card) mineIn(A, planned.evaluation()).get(1)).progress())
                .isEqualTo(new io.floorcheck.visit.CardProgress(ScorecardStatus.DRAFT, 0, leadershipTotal));

        accounts.as(A, () -> VisitFixture.submitVisitCard(scorecards, planned.visit()));
        assertThat(mineIn(A, planned.evaluation())).singleElement()
                .satisfies(item -> assertThat(((ToDo.Card) item).kind()).isEqualTo(ToDo.CardKind.LEADERSHIP));
        accounts.as(A, () -> VisitFixture.submitLeadershipCard(leadership, planned.visit()));
        assertThat(mineIn(A, planned.evaluation())).as("nothing owed once both are in").isEmpty();
    }

    @Test
    void scoringWaitsForTheDeclarationAndTheListSaysSoInsteadOfOfferingTheCard() {
        Planned planned = visitFixture.visit("To-do declare", true, fixture.evaluatorA);

        assertThat(mineIn(A, planned.evaluation())).first().satisfies(item -> {
            assertThat(item).isInstanceOf(ToDo.Declare.class);
            assertThat(((ToDo.Declare) item).pending()).isFalse();
            assertThat(item.urgency()).isEqualTo(ToDo.Urgency.SCORING_NOW);
        });
        assertThat(mineIn(A, planned.evaluation())).noneMatch(ToDo.Card.class::isInstance);

        visitFixture.declareNoConflict(planned, A);
        assertThat(mineIn(A, planned.evaluation())).first().isInstanceOf(ToDo.Card.class);

        Planned conflicted = visitFixture.visit("To-do conflicted", true, fixture.evaluatorA);
        accounts.as(A, () -> evaluations.declare(conflicted.evaluation(), conflicted.vendor(), true,
                "My sister is their site director"));
        assertThat(mineIn(A, conflicted.evaluation())).first()
                .satisfies(item -> assertThat(((ToDo.Declare) item).pending()).as("waits for the lead").isTrue());
        assertThat(mineIn(A, conflicted.evaluation())).noneMatch(ToDo.Card.class::isInstance);
    }

    @Test
    void visitsAreListedByTheSitesCalendarTodayFirstAndOnlyTheComingTwoWeeks() {
        Planned planned = visitFixture.visit("To-do visits", false, fixture.evaluatorA);
        visitFixture.declareNoConflict(planned, A);
        LocalDateTime siteNow = LocalDateTime.now(MANILA);
        long today = visitFixture.another(planned, siteNow.withHour(23).withMinute(0), fixture.evaluatorA);
        long soon = visitFixture.another(planned, siteNow.plusDays(5), fixture.evaluatorA);
        long later = visitFixture.another(planned, siteNow.plusDays(ToDoService.UPCOMING_DAYS + 1),
                fixture.evaluatorA);

        List<ToDo> items = mineIn(A, planned.evaluation());
        assertThat(items).filteredOn(ToDo.Visit.class::isInstance).map(item -> (ToDo.Visit) item)
                .extracting(item -> item.visit().visitId(), ToDo.Visit::day)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(today, ToDo.Visit.Day.TODAY),
                        org.assertj.core.groups.Tuple.tuple(soon, ToDo.Visit.Day.UPCOMING));
        assertThat(items).extracting(item -> item instanceof ToDo.Visit visit ? visit.visit().visitId() : 0L)
                .doesNotContain(later, planned.visit());
        assertThat(items).extracting(ToDo::urgency).isSorted();
        assertThat(items.getFirst()).isInstanceOf(ToDo.Visit.class);
        assertThat(((ToDo.Visit) items.getFirst()).visit().siteZone()).isEqualTo("Asia/Manila");
    }

    @Test
    void aDecisionDateWithinTwoWeeksComesToEveryMembersAttentionUntilLocked() {
        long vendor = fixture.vendor("To-do decision");
        var setup = fixture.draft("To-do decision", vendor);
        accounts.as(EvaluationFixture.LEAD, () -> {
            var evaluation = evaluations.evaluation(setup.id());
            EvaluationDraft draft = evaluations.newDraft();
            return evaluations.update(setup.id(), evaluation.version(), new EvaluationDraft(evaluation.name(),
                    "Scope", LocalDate.now().plusDays(3), draft.visitRubricId(), draft.recommendationRubricId(),
                    draft.sessionRubricId(), Weights.DEFAULT));
        });

        assertThat(mineIn(EvaluationFixture.READER, setup.id())).singleElement().satisfies(item -> {
            Attention attention = ((ToDo.Evaluation) item).attention();
            assertThat(attention.kind()).isEqualTo(Attention.Kind.DECISION_NEAR);
            assertThat(attention.date()).isEqualTo(LocalDate.now().plusDays(3));
            assertThat(attention.count()).as("days left").isEqualTo(3);
        });
        assertThat(mineIn(EvaluationFixture.LEAD, setup.id())).extracting(item -> ((ToDo.Evaluation) item)
                .attention().kind()).containsExactly(Attention.Kind.FINISH_SETUP, Attention.Kind.DECISION_NEAR);
    }

    @Test
    void theListIsReadInTheSameNumberOfStatementsHoweverMuchThereIs() {
        Planned first = visitFixture.visit("To-do budget one", true, fixture.evaluatorA);
        visitFixture.declareNoConflict(first, A);
        // Both kinds of card opened, so every query of the list runs already for one.
        accounts.as(A, () -> scorecards.open(first.visit()));
        accounts.as(A, () -> leadership.open(first.visit()));
        int few = accounts.as(A, () -> statements.count(() -> toDos.mine()).statements());

        for (int i = 0; i < 3; i++) {
            Planned more = visitFixture.visit("To-do budget " + i, true, fixture.evaluatorA);
            visitFixture.declareNoConflict(more, A);
            visitFixture.another(more, LocalDateTime.now(MANILA).plusDays(2), fixture.evaluatorA);
            accounts.as(A, () -> scorecards.open(more.visit()));
            accounts.as(A, () -> leadership.open(more.visit()));
        }
        var many = accounts.as(A, () -> statements.count(() -> toDos.mine()));

        assertThat(many.result().size()).as("three more evaluations, each with cards and a visit to come")
                .isGreaterThanOrEqualTo(9);
        assertThat(few).as("statements counted at all").isPositive();
        assertThat(many.statements()).as("memberships, evaluations, candidates, declarations; visits, criteria,"
                + " marks; leadership cards, criteria, recommendations, marks").isEqualTo(few).isEqualTo(11);
    }
}
