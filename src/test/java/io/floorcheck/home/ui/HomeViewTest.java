package io.floorcheck.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import io.floorcheck.base.Mark;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.visit.Scorecard;
import io.floorcheck.visit.ScorecardService;
import io.floorcheck.visit.VisitFixture;
import io.floorcheck.visit.VisitFixture.Planned;
import io.floorcheck.visit.VisitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorcheckSpringTest
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    @Autowired VisitService visits;
    @Autowired ScorecardService scorecards;
    EvaluationFixture fixture;

    @BeforeEach
    void team() {
        accounts.ensureTeam();
        fixture = new EvaluationFixture(accounts, evaluations, vendors);
    }

    private java.util.List<String> links() {
        return find(Anchor.class).withClassName("fc-tile").all().stream()
                .map(anchor -> anchor.getText() + " -> " + anchor.getHref()).toList();
    }

    @Test
    @WithUserDetails(value = TestAccounts.VIEWER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aReaderIsWelcomedByNameAndOffersOnlyWhatTheyMayOpen() {
        navigate(HomeView.class);

        assertThat(find(H1.class).withId("home-welcome").single().getText()).isEqualTo("Welcome, Test Viewer");
        assertThat(links()).containsExactly("Evaluations -> /evaluations", "Rubrics -> /rubrics",
                "My account -> /account");
    }

    @Test
    @WithUserDetails(value = TestAccounts.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anAdministratorIsOfferedUserAdministration() {
        navigate(HomeView.class);

        assertThat(links()).containsExactly("Evaluations -> /evaluations", "Rubrics -> /rubrics",
                "Vendors -> /vendors", "Users -> /users", "Audit trail -> /audit", "My account -> /account");
    }

    private java.util.List<String> toDos() {
        return find(Anchor.class).withClassName("fc-attention").all().stream()
                .map(anchor -> anchor.getElement().getTextRecursively() + " -> " + anchor.getHref()).toList();
    }

    @Test
    @WithUserDetails(value = EvaluationFixture.EVALUATOR_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anEvaluatorIsToldToContinueTheScorecardWhereTheyAreOneTapFromIt() {
        Planned planned = new VisitFixture(fixture, accounts, evaluations, visits).visit("Home card", true,
                fixture.evaluatorA);
        // Half a card, as an evaluator leaves it at lunch on the floor.
        int total = accounts.as(EvaluationFixture.EVALUATOR_A, () -> {
            evaluations.declare(planned.evaluation(), planned.vendor(), false, null);
            Scorecard card = scorecards.open(planned.visit());
            String code = card.rubric().sections().stream().flatMap(s -> s.criteria().stream()).filter(c -> !c.gate())
                    .findFirst().orElseThrow().code();
            scorecards.mark(card.id(), code, card.score(code).version(), Mark.level(4));
            return card.progress().total();
        });

        navigate(HomeView.class);

        java.util.List<String> mine = toDos().stream().filter(line -> line.contains("Home card")).toList();
        assertThat(mine).hasSize(2);
        assertThat(mine.get(0)).isEqualTo("Continue your scorecard (1 of " + total + ")"
                + "Home card BPO, Manila (Asia/Manila) · Home card -> scorecards/" + planned.visit());
        assertThat(mine.get(1)).startsWith("Score the leadership debrief (")
                .endsWith(" -> leadership/" + planned.visit());
    }
}
