package io.floorcheck.evaluation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.floorcheck.base.ui.AccessDeniedView;
import io.floorcheck.evaluation.CoiDeclaration;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** An evaluator is asked to declare conflicts first, declares them, and the record shows it. */
@FloorcheckSpringTest
@WithUserDetails(value = EvaluationFixture.EVALUATOR_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class ConflictDeclarationViewTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    static EvaluationFixture.Setup setup;

    @BeforeEach
    void fixture() {
        // The principal is loaded before the test runs, so the accounts must exist beforehand.
        if (setup == null) {
            EvaluationFixture fixture = new EvaluationFixture(accounts, evaluations, vendors);
            setup = fixture.open("Declarations", fixture.vendor("Declare Clean"), fixture.vendor("Declare Related"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEvaluatorIsSentFromHomeToDeclareAndBothAnswersAreRecorded() {
        navigate("", com.vaadin.flow.component.Component.class);
        Anchor task = find(Anchor.class).withClassName("fc-attention").all().stream()
                .filter(a -> a.getElement().getTextRecursively().startsWith("Declarations:")).findFirst()
                .orElseThrow();
        assertThat(task.getElement().getTextRecursively())
                .contains("declare your conflicts of interest for 2 candidates");
        assertThat(task.getHref()).as("lands on the evaluator's tasks, not the top of the page")
                .isEqualTo("evaluations/view/" + setup.id() + "?at=my-tasks");

        navigate(EvaluationView.class, setup.id());
        long clean = setup.vendors()[0];
        long related = setup.vendors()[1];
        assertThat(text("my-tasks")).contains("Not declared yet");

        test(find(Button.class).withId("declare-" + clean).single()).click();
        test(find(RadioButtonGroup.class).withId("coi-answer").single()).selectItem(
                "I have no conflict of interest with Declare Clean");
        test(find(Button.class).withId("coi-save").single()).click();

        test(find(Button.class).withId("declare-" + related).single()).click();
        test(find(RadioButtonGroup.class).withId("coi-answer").single()).selectItem(
                "I have a conflict of interest with Declare Related");
        test(find(Button.class).withId("coi-save").single()).click();
        TextArea description = find(TextArea.class).withId("coi-description").single();
        assertThat(description.getErrorMessage()).isEqualTo("Describe the conflict.");
        test(description).setValue("I hold shares in their parent company");
        test(find(Button.class).withId("coi-save").single()).click();

        assertThat(text("my-tasks")).contains("No conflict · declared", "waits for the lead’s decision");
        Grid<CoiDeclaration> record = find(Grid.class).withId("coi-grid").single();
        assertThat(IntStream.range(0, test(record).size()).mapToObj(row -> test(record).getCellComponent(row, 0)
                .getElement().getTextRecursively() + " | " + test(record).getCellText(row, 1) + " | "
                + test(record).getCellComponent(row, 3).getElement().getTextRecursively()).toList())
                .containsExactlyInAnyOrder("Ada EvaluatorDeclare Clean | No conflict | ",
                        "Ada EvaluatorDeclare Related | Conflict: I hold shares in their parent company"
                                + " | Waits for the lead’s decision");
        assertThat(find(Button.class).all()).extracting(Button::getText)
                .doesNotContain("Allow with mitigation", "Exclude");
    }

    @Test
    void anEvaluatorCannotOpenTheSetup() {
        assertThatThrownBy(() -> navigate(EvaluationSetupView.class, setup.id()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    private String text(String id) {
        return find(Div.class).withId(id).single().getElement().getTextRecursively();
    }
}
