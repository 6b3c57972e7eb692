package io.floorcheck.recommendation.ui;

import static org.assertj.core.api.Assertions.assertThat;


import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.recommendation.Area;
import io.floorcheck.recommendation.Recommendation;
import io.floorcheck.recommendation.RecommendationDraft;
import io.floorcheck.recommendation.RecommendationService;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.visit.VisitFixture;
import io.floorcheck.visit.VisitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Capture in the browser during the debrief, details afterwards, and the lead's merge and upsell flag. */
@FloorcheckSpringTest
class DebriefViewTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    @Autowired VisitService visits;
    @Autowired RecommendationService recommendations;
    EvaluationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new EvaluationFixture(accounts, evaluations, vendors);
    }

    /** A started visit that Ada and Ben attend, both declared free of conflicts. */
    private long startedVisit(String name) {
        VisitFixture visitFixture = new VisitFixture(fixture, accounts, evaluations, visits);
        var planned = visitFixture.visit(name, true, fixture.evaluatorA, fixture.evaluatorB);
        visitFixture.declareNoConflict(planned, EvaluationFixture.EVALUATOR_A);
        visitFixture.declareNoConflict(planned, EvaluationFixture.EVALUATOR_B);
        return planned.visit();
    }

    @Test
    @WithUserDetails(value = EvaluationFixture.EVALUATOR_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    @SuppressWarnings("unchecked")
    void anAttendeeCapturesQuicklyAndCompletesTheDetailsLater() {
        long visit = startedVisit("Browser debrief");
        navigate("debriefs/" + visit, DebriefView.class);
        roundTrip(); // push is set as the response is written
        // Live: push is on while the debrief is shown, and off again on a page with nothing live.
        assertThat(com.vaadin.flow.component.UI.getCurrent().getPushConfiguration().getPushMode())
                .isEqualTo(com.vaadin.flow.shared.communication.PushMode.AUTOMATIC);
        assertThat(find(Paragraph.class).withId("debrief-count").single().getText())
                .isEqualTo("No recommendations yet");

        test(find(Button.class).withId("capture-add").single()).click();
        assertThat(find(TextField.class).withId("capture-title").single().isInvalid()).as("a title is needed")
                .isTrue();

        test(find(TextField.class).withId("capture-title").single())
                .setValue("Give agents one screen with the customer's last three contacts");
        test(find(Select.class).withId("capture-area").single()).selectItem("Agent desktop information");
        ComboBox<String> proposer = find(ComboBox.class).withId("capture-proposer").single();
        proposer.setValue("Dana Reyes");
        test(find(TextField.class).withId("capture-proposer-title").single()).setValue("COO");
        test(find(Button.class).withId("capture-add").single()).click();

        assertThat(find(Paragraph.class).withId("debrief-count").single().getText()).isEqualTo("1 recommendation");
        assertThat(find(TextField.class).withId("capture-title").single().getValue()).as("ready for the next one")
                .isEmpty();
        Recommendation stored = recommendations.debrief(visit).recommendations().getFirst();
        assertThat(stored.details().area()).isEqualTo(Area.AGENT_DESKTOP);
        assertThat(stored.details().proposerName()).isEqualTo("Dana Reyes");
        assertThat(find(Div.class).withId("debrief-list").single().getElement().getTextRecursively())
                .contains("Give agents one screen", "Proposed by Dana Reyes (COO)", "Ada Evaluator");

        test(find(Button.class).withId("details-" + stored.id()).single()).click();
        test(find(TextArea.class).withId("details-description").single())
                .setValue("Today agents open four tools to see the history.");
        ComboBox<String> kpi = find(ComboBox.class).withId("details-kpi").single();
        kpi.setValue("AHT");
        test(find(TextField.class).withId("details-effect").single()).setValue("-40 s AHT on billing calls");
        test(find(Button.class).withId("details-save").single()).click();

        RecommendationDraft details = recommendations.debrief(visit).recommendations().getFirst().details();
        assertThat(details.description()).startsWith("Today agents open four tools");
        assertThat(details.targetKpi()).isEqualTo("AHT");
        assertThat(details.expectedEffect()).isEqualTo("-40 s AHT on billing calls");
        assertThat(find(Button.class).withId("merge-" + stored.id()).all()).as("only the lead curates").isEmpty();
        // From one live page to another: the push connection stays (the old view is detached first;
        // switching push off and on in between would drop it and make the browser reconnect).
        var connection = com.vaadin.flow.component.UI.getCurrent().getInternals().getPushConnection();
        assertThat(connection).isNotNull();
        navigate("leadership/" + visit, com.vaadin.flow.component.Component.class);
        roundTrip(); // push is set as the response is written
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getPushConnection()).isSameAs(connection);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getPushConfiguration().getTransport())
                .isEqualTo(com.vaadin.flow.shared.ui.Transport.WEBSOCKET_XHR);
        navigate("", com.vaadin.flow.component.Component.class);
        roundTrip();
        assertThat(com.vaadin.flow.component.UI.getCurrent().getPushConfiguration().getPushMode())
                .isEqualTo(com.vaadin.flow.shared.communication.PushMode.DISABLED);
    }

    @Test
    @WithUserDetails(value = TestAccounts.PROCUREMENT, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    @SuppressWarnings("unchecked")
    void theLeadMergesADuplicateAndFlagsAnUpsell() {
        long visit = startedVisit("Browser curation");
        long kept = accounts.as(EvaluationFixture.EVALUATOR_A, () -> recommendations.capture(visit, "a",
                RecommendationDraft.quick("Callbacks at peak", Area.ROUTING, "Dana Reyes", "COO")));
        long duplicate = accounts.as(EvaluationFixture.EVALUATOR_B, () -> recommendations.capture(visit, "b",
                RecommendationDraft.quick("Offer a callback instead of queueing", Area.ROUTING, "Dana Reyes", null)));
        navigate("debriefs/" + visit, DebriefView.class);
        assertThat(find(Div.class).withId("debrief-capture").all()).as("the lead does not attend").isEmpty();

        test(find(Button.class).withId("merge-" + duplicate).single()).click();
        Select<Recommendation> into = find(Select.class).withId("merge-into").single();
        into.setValue(into.getListDataView().getItems().filter(r -> r.id() == kept).findFirst().orElseThrow());
        test(find(Button.class).withId("merge-confirm").single()).click();

        assertThat(find(Paragraph.class).withId("debrief-count").single().getText()).isEqualTo("1 recommendation");
        assertThat(find(Div.class).withId("recommendation-" + kept).single().getElement().getTextRecursively())
                .contains("Merged duplicate: “Offer a callback instead of queueing” (captured by Ben Evaluator)");

        test(find(Button.class).withId("upsell-" + kept).single()).click();
        test(find(TextArea.class).withId("upsell-why").single()).setValue("Sells their own callback module");
        test(find(Button.class).withId("upsell-confirm").single()).click();
        assertThat(recommendations.debrief(visit).recommendations().getFirst().upsell()).isTrue();
        assertThat(find(Div.class).withId("recommendation-" + kept).single().getElement().getTextRecursively())
                .contains("Flagged as an upsell: Sells their own callback module");
    }
}
