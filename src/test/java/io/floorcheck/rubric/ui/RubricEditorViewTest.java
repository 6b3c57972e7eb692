package io.floorcheck.rubric.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.floorcheck.base.ui.AccessDeniedView;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.Level;
import io.floorcheck.rubric.NewRubric;
import io.floorcheck.rubric.RubricAuthoring;
import io.floorcheck.rubric.RubricContent;
import io.floorcheck.rubric.RubricCsv;
import io.floorcheck.rubric.RubricPurpose;
import io.floorcheck.rubric.RubricSection;
import io.floorcheck.rubric.RubricService;
import io.floorcheck.rubric.RubricSummary;
import io.floorcheck.rubric.RubricVersion;
import io.floorcheck.rubric.VersionStatus;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Procurement builds a rubric in the editor; every change is saved and checked as it is made. */
@FloorcheckSpringTest
@WithUserDetails(value = TestAccounts.PROCUREMENT, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class RubricEditorViewTest extends SpringBrowserlessTest {

    private static final List<Level> FIVE = List.of(new Level(1, "Absent"), new Level(2, "Ad hoc"),
            new Level(3, "Defined"), new Level(4, "Measured"), new Level(5, "Improving"));

    @Autowired TestAccounts accounts;
    @Autowired RubricAuthoring authoring;
    @Autowired RubricService rubrics;

    @BeforeEach
    void team() {
        accounts.ensureTeam();
    }

    private long emptyDraft(String name) {
        return authoring.create(new NewRubric(name, RubricPurpose.SHADOW_VISIT, null));
    }

    private String text(String id) {
        return find(Span.class).withId(id).single().getText();
    }

    @Test
    void aRubricIsStartedFromTheLibraryAndItsSectionsAndCriteriaAreAddedAndSaved() {
        navigate(RubricLibraryView.class);
        test(find(Button.class).withId("new-rubric").single()).click();
        test(find(TextField.class).withId("new-rubric-name").single()).setValue("Editor: back-office floor");
        test(find(ComboBox.class).withId("new-rubric-purpose").single()).selectItem("Shadow visit");
        test(find(Button.class).withId("new-rubric-create").single()).click();

        assertThat(getCurrentView()).isInstanceOf(RubricEditorView.class);
        test(find(Button.class).withId("add-section").single()).click();
        test(find(TextField.class).withId("section-title-0").single()).setValue("Work queues");
        test(find(TextField.class).withId("criterion-title-0-0").single()).setValue("Backlog is visible");
        test(find(Button.class).withId("add-criterion-0").single()).click();
        test(find(TextField.class).withId("criterion-title-0-1").single()).setValue("Aged items are escalated");
        test(find(BigDecimalField.class).withId("criterion-weight-0-1").single()).setValue(new BigDecimal("2"));

        assertThat(text("save-state")).startsWith("Saved");
        long draftId = draftOf("Editor: back-office floor");
        RubricVersion saved = rubrics.version(draftId);
        RubricSection section = saved.sections().getFirst();
        assertThat(section.title()).isEqualTo("Work queues");
        assertThat(section.weight()).as("a first section takes the whole 100").isEqualByComparingTo("100");
        assertThat(section.criteria()).extracting(Criterion::code, Criterion::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1.1", "Backlog is visible"),
                org.assertj.core.groups.Tuple.tuple("1.2", "Aged items are escalated"));
        assertThat(section.criteria().get(1).weight()).isEqualByComparingTo("2");
        assertThat(text("weight-sum")).isEqualTo("Section weights: 100 of 100");
        assertThat(text("problem-count")).as("descriptors are still missing").contains("to fix before publishing");
    }

    @Test
    void theRunningSumWarnsUntilSectionWeightsReach100() {
        long draft = emptyDraft("Editor: weights");
        navigate(RubricEditorView.class, draft);
        test(find(Button.class).withId("add-section").single()).click();

        test(find(BigDecimalField.class).withId("section-weight-0").single()).setValue(new BigDecimal("60"));

        assertThat(text("weight-sum")).isEqualTo("Section weights: 60 of 100 (40 to go)");
        assertThat(find(Span.class).withId("weight-sum").single().getElement().getAttribute("data-state"))
                .isEqualTo("off");

        test(find(Button.class).withId("add-section").single()).click();

        assertThat(find(BigDecimalField.class).withId("section-weight-1").single().getValue())
                .as("a new section takes what is left").isEqualByComparingTo("40");
        assertThat(text("weight-sum")).isEqualTo("Section weights: 100 of 100");
        assertThat(rubrics.version(draft).sections()).hasSize(2);
    }

    @Test
    void anInvalidWeightIsMarkedAtItsFieldAndNotSaved() {
        long draft = emptyDraft("Editor: bad weight");
        navigate(RubricEditorView.class, draft);
        test(find(Button.class).withId("add-section").single()).click();
        BigDecimalField weight = find(BigDecimalField.class).withId("criterion-weight-0-0").single();

        test(weight).setValue(new BigDecimal("-2"));

        assertThat(weight.isInvalid()).isTrue();
        assertThat(weight.getErrorMessage()).isEqualTo("Enter a weight above 0 (at most 3 decimals).");
        assertThat(text("save-state")).isEqualTo("Not saved: fix the highlighted field");
        assertThat(rubrics.version(draft).sections().getFirst().criteria().getFirst().weight())
                .isEqualByComparingTo("1");

        test(weight).setValue(new BigDecimal("3"));

        assertThat(weight.isInvalid()).isFalse();
        assertThat(text("save-state")).startsWith("Saved");
    }

    @Test
    void aGateHasAPassConditionInsteadOfAWeight() {
        long draft = emptyDraft("Editor: gate");
        navigate(RubricEditorView.class, draft);
        test(find(Button.class).withId("add-section").single()).click();

        test(find(Checkbox.class).withId("criterion-gate-0-0").single()).click();

        assertThat(find(BigDecimalField.class).withId("criterion-weight-0-0").all()).isEmpty();
        TextArea pass = find(TextArea.class).withId("criterion-pass-0-0").single();
        assertThat(pass.isInvalid()).isTrue();
        test(pass).setValue("Every agent is on the vendor's own payroll");
        assertThat(pass.isInvalid()).isFalse();
        Criterion gate = rubrics.version(draft).sections().getFirst().criteria().getFirst();
        assertThat(gate.gate()).isTrue();
        assertThat(gate.weight()).isNull();
        assertThat(gate.passCondition()).isEqualTo("Every agent is on the vendor's own payroll");
    }

    @Test
    void aRecommendationCriterionIsMarkedAsTheMinimumForUpsellsAndTheVersionSaysSo() {
        long draft = authoring.create(new NewRubric("Editor: upsells", RubricPurpose.RECOMMENDATION, null));
        navigate(RubricEditorView.class, draft);
        test(find(Button.class).withId("add-section").single()).click();

        test(find(Checkbox.class).withId("criterion-upsell-0-0").single()).click();

        assertThat(rubrics.version(draft).sections().getFirst().criteria().getFirst().upsellMinimum()).isTrue();
        long visit = emptyDraft("Editor: no upsells on a visit");
        navigate(RubricEditorView.class, visit);
        test(find(Button.class).withId("add-section").single()).click();
        assertThat(find(Checkbox.class).withId("criterion-upsell-0-0").all()).as("a visit rubric has no upsells")
                .isEmpty();
    }

    @Test
    void aCompleteDraftIsPublishedAfterConfirmationAndThenOpensAsEvaluatorsSeeIt() {
        long draft = emptyDraft("Editor: publish");
        authoring.saveDraft(draft, 0, new RubricContent(null, RubricContent.DEFAULT_EVIDENCE_RULE, List.of(
                new RubricSection("1", "Calls", null, new BigDecimal("100"), FIVE, List.of(new Criterion("1.1",
                        "Greeting", null, BigDecimal.ONE, 1, 5, true, false, null, List.of()))))), null);
        navigate(RubricEditorView.class, draft);
        assertThat(text("problem-count")).isEqualTo("Ready to publish");

        test(find(Button.class).withId("publish").single()).click();
        test(find(ConfirmDialog.class).withId("publish-confirm").single()).confirm();

        assertThat(rubrics.version(draft).status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(getCurrentView()).isInstanceOf(RubricVersionView.class);
        assertThat(find(Button.class).withId("rubric-edit").single().getText()).isEqualTo("Edit as new version");
    }

    @Test
    void publishingAnIncompleteDraftIsRefusedWithTheCountOfProblems() {
        long draft = emptyDraft("Editor: incomplete");
        navigate(RubricEditorView.class, draft);
        test(find(Button.class).withId("add-section").single()).click();

        test(find(Button.class).withId("publish").single()).click();

        assertThat(find(ConfirmDialog.class).withId("publish-confirm").all()).isEmpty();
        assertThat(rubrics.version(draft).status()).isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void aPublishedVersionOpensReadOnlyAndEditingStartsTheNextVersion() {
        long draft = emptyDraft("Editor: next version");
        authoring.saveDraft(draft, 0, new RubricContent(null, RubricContent.DEFAULT_EVIDENCE_RULE, List.of(
                new RubricSection("1", "Calls", null, new BigDecimal("100"), FIVE, List.of(new Criterion("1.1",
                        "Greeting", null, BigDecimal.ONE, 1, 5, true, false, null, List.of()))))), null);
        authoring.publish(draft, 1);

        assertThatThrownBy(() -> navigate(RubricEditorView.class, draft)).as("published versions are not edited")
                .hasMessageContaining("RubricVersionView");
        assertThat(getCurrentView()).isInstanceOf(RubricVersionView.class);

        test(find(Button.class).withId("rubric-edit").single()).click();

        assertThat(getCurrentView()).isInstanceOf(RubricEditorView.class);
        RubricSummary rubric = summary("Editor: next version");
        assertThat(rubric.draftNumber()).isEqualTo(2);
        assertThat(rubrics.version(rubric.draftVersionId()).sections())
                .isEqualTo(rubrics.version(draft).sections());
    }

    @Test
    void aFileImportedIntoADraftReplacesItsSectionsAndABadFileListsItsLines() {
        long draft = emptyDraft("Editor: import");
        navigate(RubricEditorView.class, draft);
        test(find(Button.class).withId("import-into-draft").single()).click();
        ImportDialog dialog = find(ImportDialog.class).single();

        dialog.receive("section_code,section_title\n1,Calls\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getTextRecursively()).contains("Line 1: Missing column(s)");
        RubricVersion shipped = rubrics.version(rubrics.library().stream().filter(RubricSummary::shipped)
                .findFirst().orElseThrow().latestPublishedVersionId());

        dialog.receive(RubricCsv.export(shipped));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(rubrics.version(draft).sections()).isEqualTo(shipped.sections());
        assertThat(find(TextField.class).withId("section-title-0").single().getValue())
                .isEqualTo(shipped.sections().getFirst().title());
    }

    @Test
    @WithUserDetails(value = TestAccounts.EVALUATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anEvaluatorCannotOpenTheEditorNorSeeEditActions() {
        long shipped = rubrics.library().stream().filter(RubricSummary::shipped).findFirst().orElseThrow()
                .latestPublishedVersionId();

        navigate(RubricVersionView.class, shipped);
        assertThat(find(Button.class).withId("rubric-edit").all()).isEmpty();

        assertThatThrownBy(() -> navigate(RubricEditorView.class, shipped)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    private RubricSummary summary(String name) {
        return rubrics.library().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private long draftOf(String name) {
        return summary(name).draftVersionId();
    }
}
