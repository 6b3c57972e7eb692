package io.floorcheck.recommendation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import io.floorcheck.base.Mark;
import io.floorcheck.base.ui.CriterionPanel;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.recommendation.Area;
import io.floorcheck.recommendation.LeadershipCheck;
import io.floorcheck.recommendation.LeadershipScorecard;
import io.floorcheck.recommendation.LeadershipScorecardService;
import io.floorcheck.recommendation.RecommendationDraft;
import io.floorcheck.recommendation.RecommendationService;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.visit.ScoreEntry;
import io.floorcheck.visit.ScoreSave;
import io.floorcheck.visit.ScorecardStatus;
import io.floorcheck.visit.VisitFixture;
import io.floorcheck.visit.VisitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Ada scores the leadership debrief in the browser: every recommendation and the session on one
 * page, the evidence rule, one submit, reopen; then the vendor's recommendations with scores.
 */
@FloorcheckSpringTest
@WithUserDetails(value = EvaluationFixture.EVALUATOR_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class LeadershipScorecardViewTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    @Autowired VisitService visits;
    @Autowired RecommendationService recommendations;
    @Autowired LeadershipScorecardService scorecards;
    @Autowired io.floorcheck.visit.ScorecardService visitScorecards;
    EvaluationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new EvaluationFixture(accounts, evaluations, vendors);
    }

    /** A started visit that Ada attends, her conflicts declared, with two recommendations captured. */
    private VisitFixture.Planned debrief(String name) {
        VisitFixture visitFixture = new VisitFixture(fixture, accounts, evaluations, visits);
        VisitFixture.Planned planned = visitFixture.visit(name, true, fixture.evaluatorA, fixture.evaluatorB);
        visitFixture.declareNoConflict(planned, EvaluationFixture.EVALUATOR_A);
        visitFixture.declareNoConflict(planned, EvaluationFixture.EVALUATOR_B);
        for (String title : List.of("Risk-based ID&V instead of the 14-question script",
                "Re-forecast intraday every 30 minutes")) {
            recommendations.capture(planned.visit(), UUID.randomUUID().toString(),
                    RecommendationDraft.quick(title, Area.CALL_SCRIPTS, "Ramon Dizon", "Site Director"));
        }
        return planned;
    }

    private String progress() {
        return find(Span.class).withId("leadership-progress").single().getText();
    }

    private io.floorcheck.base.ui.MarkPicker picker(String key) {
        return find(io.floorcheck.base.ui.MarkPicker.class).withId("marks-" + CriterionPanel.idPart(key)).single();
    }

    /** A tap on a mark: the picker's event, as the browser sends it. */
    private void tap(String key, String mark) {
        picker(key).choose(markNamed(picker(key), mark));
    }

    /** The mark as the picker's button for it is named ("3", "N-A", "pass"). */
    private static io.floorcheck.base.Mark markNamed(io.floorcheck.base.ui.MarkPicker picker, String mark) {
        return picker.marks().stream().filter(m -> m.describe().replace('/', '-').equals(mark)).findFirst()
                .orElseThrow();
    }


    @Test
    void everyRecommendationAndTheSessionAreScoredOnOnePageAndSubmittedOnce() {
        long visit = debrief("Browser leadership").visit();
        navigate(LeadershipScorecardView.class, visit);
        LeadershipScorecard card = scorecards.open(visit);
        List<String> order = card.order();
        assertThat(order).hasSize(2 * 7 + 5);
        assertThat(progress()).isEqualTo("0 of 19 scored");
        assertThat(find(Paragraph.class).withId("leadership-evidence-rule").single().getText())
                .contains("need an evidence note");
        Button submit = find(Button.class).withId("leadership-submit").single();
        assertThat(submit.isEnabled()).isFalse();

        String first = order.getFirst();
        tap(first, "5");
        assertThat(progress()).isEqualTo("1 of 19 scored · 1 note missing");
        CriterionPanel panel = find(CriterionPanel.class).withId("criterion-" + CriterionPanel.idPart(first)).single();
        assertThat(panel.getElement().getAttribute("data-state")).isEqualTo("evidence");
        test(find(TextArea.class).withId("evidence-" + CriterionPanel.idPart(first)).single())
                .setValue("“We listened to 40 of your ID&V calls” — Ramon, with the failure rate on a slide");
        assertThat(progress()).isEqualTo("1 of 19 scored");
        assertThat(panel.getElement().getAttribute("data-state")).isEqualTo("scored");

        // "Next open item" walks the rest of the card: recommendations first, then the session.
        for (String key : order.subList(1, order.size())) {
            test(find(Button.class).withId("leadership-next").single()).click();
            tap(key, "3");
        }
        assertThat(progress()).isEqualTo("19 of 19 scored");
        assertThat(find(Button.class).withId("leadership-next").single().isEnabled()).isFalse();
        LeadershipScorecard stored = scorecards.open(visit);
        Long firstRecommendation = LeadershipCheck.recommendationOf(first).orElseThrow();
        assertThat(stored.score(firstRecommendation, "R1").mark()).isEqualTo(Mark.level(5));
        assertThat(stored.score(null, "L5").mark()).isEqualTo(Mark.level(3));
        assertThat(stored.resumeAt()).isEqualTo(order.getLast());

        test(find(Button.class).withId("leadership-submit").single()).click();
        test(find(ConfirmDialog.class).withId("leadership-submit-confirm").single()).confirm();
        assertThat(scorecards.open(visit).status()).isEqualTo(ScorecardStatus.SUBMITTED);
        assertThat(find(Span.class).withId("leadership-submitted").single().getText()).startsWith("Submitted");
        assertThat(picker(first).isEnabled())
                .as("read-only after submit").isFalse();

        test(find(Button.class).withId("leadership-reopen").single()).click();
        test(find(Button.class).withId("scorecard-reopen-confirm").single()).click();
        assertThat(find(TextArea.class).withId("scorecard-reopen-reason").single().isInvalid())
                .as("a reason is needed").isTrue();
        test(find(TextArea.class).withId("scorecard-reopen-reason").single()).setValue("Second look at R3");
        test(find(Button.class).withId("scorecard-reopen-confirm").single()).click();
        assertThat(scorecards.open(visit).status()).isEqualTo(ScorecardStatus.DRAFT);
        test(find(Button.class).withId("leadership-submit").single()).click();
        assertThat(find(ConfirmDialog.class).withId("leadership-submit-confirm").all()).hasSize(1);
        test(find(ConfirmDialog.class).withId("leadership-submit-confirm").single()).confirm();
        assertThat(scorecards.open(visit).status()).isEqualTo(ScorecardStatus.SUBMITTED);
    }

    @Test
    void aNoteChangedInAnotherTabFirstIsOfferedNotOverwritten() {
        long visit = debrief("Browser leadership clash").visit();
        navigate(LeadershipScorecardView.class, visit);
        LeadershipScorecard card = scorecards.open(visit);
        String key = card.order().getFirst();
        Long recommendation = LeadershipCheck.recommendationOf(key).orElseThrow();
        ScoreSave other = scorecards.mark(card.id(), recommendation, "R1", ScoreEntry.UNSAVED, Mark.level(2));
        scorecards.note(card.id(), recommendation, "R1", other.entry().version(), "Typed on the laptop");

        // This tablet still shows the item unscored: the note field is one tap away.
        picker(key).addNote();
        test(find(TextArea.class).withId("evidence-" + CriterionPanel.idPart(key)).single())
                .setValue("Typed on the tablet");
        Dialog clash = find(Dialog.class).withId("scorecard-note-clash").single();
        assertThat(clash.getElement().getTextRecursively()).contains("Typed on the laptop", "Typed on the tablet");
        test(find(Button.class).withId("scorecard-keep-mine").single()).click();
        assertThat(scorecards.open(visit).score(recommendation, "R1").evidence()).isEqualTo("Typed on the tablet");
        assertThat(scorecards.open(visit).score(recommendation, "R1").mark()).isEqualTo(Mark.level(2));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theVendorsRecommendationsShowScoresOnlyAfterTheReadersOwnSubmit() {
        VisitFixture.Planned planned = debrief("Browser vendor view");
        // Both have submitted their visit cards: what follows turns on the leadership cards alone.
        VisitFixture.submitVisitCard(visitScorecards, planned.visit());
        accounts.as(EvaluationFixture.EVALUATOR_B, () -> VisitFixture.submitVisitCard(visitScorecards, planned.visit()));
        // Ben has submitted his card: Ada, who has not, still sees none of his scores.
        accounts.as(EvaluationFixture.EVALUATOR_B, () -> {
            LeadershipScorecard his = scorecards.open(planned.visit());
            for (String key : his.order()) {
                scorecards.mark(his.id(), LeadershipCheck.recommendationOf(key).orElse(null),
                        LeadershipCheck.codeOf(key), ScoreEntry.UNSAVED, Mark.level(3));
            }
            return scorecards.submit(his.id(), his.version());
        });
        navigate("evaluations/" + planned.evaluation() + "/vendors/" + planned.vendor() + "/recommendations",
                VendorRecommendationsView.class);
        assertThat(find(Paragraph.class).withId("vendor-recommendations-blind").all()).hasSize(1);
        assertThat(find(Grid.class).all()).isEmpty();

        LeadershipScorecard card = scorecards.open(planned.visit());
        for (String key : card.order()) {
            scorecards.mark(card.id(), LeadershipCheck.recommendationOf(key).orElse(null),
                    LeadershipCheck.codeOf(key), ScoreEntry.UNSAVED, Mark.level(3));
        }
        scorecards.submit(card.id(), card.version());
        navigate("evaluations/" + planned.evaluation() + "/vendors/" + planned.vendor() + "/recommendations",
                VendorRecommendationsView.class);
        assertThat(find(Paragraph.class).withId("vendor-recommendations-blind").all()).isEmpty();
        long first = card.recommendationIds().getFirst();
        Grid<Object> scores = find(Grid.class).withId("vendor-scores-" + first).single();
        // A row per criterion, named in full; a column per evaluator.
        assertThat(test(scores).size()).isEqualTo(card.recommendationRubric().sections().stream()
                .mapToInt(s -> s.criteria().size()).sum());
        var firstCriterion = card.recommendationRubric().sections().getFirst().criteria().getFirst();
        assertThat(test(scores).getCellText(0, 0)).isEqualTo(firstCriterion.code() + " " + firstCriterion.title());
        assertThat(List.of(test(scores).getHeaderCell(1), test(scores).getHeaderCell(2)))
                .containsExactlyInAnyOrder("Ada Evaluator", "Ben Evaluator");
        assertThat(test(scores).getCellText(0, 1)).isEqualTo("3");
        assertThat(find(Grid.class).withId("vendor-session-" + planned.visit()).all()).hasSize(1);
    }
}
