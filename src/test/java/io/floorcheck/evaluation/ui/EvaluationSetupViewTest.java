package io.floorcheck.evaluation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.floorcheck.evaluation.Candidate;
import io.floorcheck.evaluation.Evaluation;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.EvaluationStatus;
import io.floorcheck.evaluation.Member;
import io.floorcheck.evaluation.MemberRole;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.user.Person;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.vendor.VendorSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** A procurement lead sets up an evaluation in the browser: weights checked live, candidates, team, opening. */
@FloorcheckSpringTest
@WithUserDetails(value = TestAccounts.PROCUREMENT, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class EvaluationSetupViewTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    EvaluationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new EvaluationFixture(accounts, evaluations, vendors);
    }

    private long newEvaluation(String name) {
        navigate(EvaluationListView.class);
        test(find(Button.class).withId("evaluation-new").single()).click();
        test(find(TextField.class).withId("evaluation-new-name").single()).setValue(name);
        test(find(Button.class).withId("evaluation-create").single()).click();
        assertThat(getCurrentView()).isInstanceOf(EvaluationSetupView.class);
        return evaluations.visible().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void weightsAreCheckedAsTheyAreTypedAndAWrongSumIsNotSaved() {
        long id = newEvaluation("Setup: weights");
        BigDecimalField visit = find(BigDecimalField.class).withId("weight-visit").single();
        BigDecimalField session = find(BigDecimalField.class).withId("weight-session").single();

        test(visit).setValue(new BigDecimal("70"));
        test(session).setValue(new BigDecimal("0.4"));

        assertThat(visit.isInvalid()).isTrue();
        assertThat(visit.getErrorMessage()).isEqualTo("The two parts add up to 110; they must add up to 100.");
        assertThat(session.getErrorMessage()).isEqualTo("The leadership shares add up to 1.1; they must add up to 1.");
        test(find(Button.class).withId("setup-save").single()).click();
        assertThat(evaluations.evaluation(id).weights().visit()).isEqualByComparingTo("60");

        test(find(BigDecimalField.class).withId("weight-leadership").single()).setValue(new BigDecimal("30"));
        test(find(BigDecimalField.class).withId("weight-recommendations").single()).setValue(new BigDecimal("0.6"));

        assertThat(visit.isInvalid()).isFalse();
        assertThat(find(Span.class).withId("weight-state").single().getText())
                .isEqualTo("Parts add up to 100 %, leadership shares to 1.");
        test(find(Button.class).withId("setup-save").single()).click();
        Evaluation saved = evaluations.evaluation(id);
        assertThat(saved.weights().visit()).isEqualByComparingTo("70");
        assertThat(saved.weights().sessionShare()).isEqualByComparingTo("0.4");
    }

    @Test
    @SuppressWarnings("unchecked")
    void candidatesAndTeamAreAddedAndTheEvaluationIsOpenedAfterConfirmation() {
        long first = fixture.vendor("Setup One");
        long second = fixture.vendor("Setup Two");
        long id = newEvaluation("Setup: candidates and team");

        MultiSelectComboBox<VendorSummary> picker = find(MultiSelectComboBox.class).withId("setup-candidates").single();
        picker.setValue(picker.getListDataView().getItems().filter(v -> v.id() == first || v.id() == second)
                .collect(java.util.stream.Collectors.toSet()));
        test(find(Button.class).withId("setup-save-candidates").single()).click();
        ComboBox<Person> person = find(ComboBox.class).withId("setup-person").single();
        test(person).selectItem("Ada Evaluator");
        test(find(Button.class).withId("setup-add-member").single()).click();
        person = find(ComboBox.class).withId("setup-person").single();
        test(person).selectItem("Rita Reader");
        test(find(Select.class).withId("setup-role").single()).selectItem("Reader");
        test(find(Button.class).withId("setup-add-member").single()).click();

        Grid<Member> team = find(Grid.class).withId("setup-team").single();
        assertThat(test(team).size()).isEqualTo(3);
        Evaluation saved = evaluations.evaluation(id);
        assertThat(saved.candidates()).extracting(Candidate::id).containsExactlyInAnyOrder(first, second);
        assertThat(saved.members()).extracting(Member::name, Member::role).contains(
                org.assertj.core.groups.Tuple.tuple("Test Procurement", MemberRole.LEAD),
                org.assertj.core.groups.Tuple.tuple("Ada Evaluator", MemberRole.EVALUATOR),
                org.assertj.core.groups.Tuple.tuple("Rita Reader", MemberRole.READER));

        test(find(Button.class).withId("setup-advance").single()).click();
        test(find(ConfirmDialog.class).withId("advance-confirm").single()).confirm();

        assertThat(evaluations.evaluation(id).status()).isEqualTo(EvaluationStatus.OPEN);
        assertThat(find(BigDecimalField.class).withId("weight-visit").single().isReadOnly())
                .as("weights frozen once open").isTrue();
    }
}
