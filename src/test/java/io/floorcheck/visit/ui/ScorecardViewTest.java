package io.floorcheck.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import io.floorcheck.base.Mark;
import io.floorcheck.base.ui.CriterionPanel;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.MemberRole;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.visit.ScoreEntry;
import io.floorcheck.visit.ScoreSave;
import io.floorcheck.visit.Scorecard;
import io.floorcheck.visit.ScorecardService;
import io.floorcheck.visit.ScorecardStatus;
import io.floorcheck.visit.VisitFixture;
import io.floorcheck.visit.VisitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Ada scores in the browser: a level, N/A, a gate, a required note, the progress line, submit, a clash. */
@FloorcheckSpringTest
@WithUserDetails(value = EvaluationFixture.EVALUATOR_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class ScorecardViewTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    @Autowired VisitService visits;
    @Autowired ScorecardService scorecards;
    EvaluationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new EvaluationFixture(accounts, evaluations, vendors);
    }

    /** A started visit that Ada attends, with her conflicts declared. */
    private long startedVisit(String name) {
        VisitFixture visitFixture = new VisitFixture(fixture, accounts, evaluations, visits);
        VisitFixture.Planned planned = visitFixture.visit(name, true, fixture.evaluatorA);
        visitFixture.declareNoConflict(planned, EvaluationFixture.EVALUATOR_A);
        return planned.visit();
    }

    private String progress() {
        return find(Span.class).withId("scorecard-progress").single().getText();
    }

    /** Opens the criterion's section, as a tap on its button does: one section is on the page at a time. */
    private void open(String code) {
        if (!find(CriterionPanel.class).withId("criterion-" + code).all().isEmpty()) {
            return;
        }
        String section = find(com.vaadin.flow.component.html.Section.class).all().stream()
                .filter(s -> List.of(s.getElement().getAttribute("data-criteria").split(" ")).contains(code))
                .findFirst().orElseThrow().getId().orElseThrow().substring("section-".length());
        test(find(Button.class).withId("open-section-" + section).single()).click();
    }

    private String state(String code) {
        open(code);
        return find(CriterionPanel.class).withId("criterion-" + code).single().getElement().getAttribute("data-state");
    }

    private io.floorcheck.base.ui.MarkPicker picker(String code) {
        open(code);
        return find(io.floorcheck.base.ui.MarkPicker.class).withId("marks-" + code).single();
    }

    /** A tap on a mark: the picker's event, as the browser sends it. */
    private void tap(String code, String mark) {
        picker(code).choose(markNamed(picker(code), mark));
    }

    /** The mark as the picker's button for it is named ("3", "N-A", "pass"). */
    private static io.floorcheck.base.Mark markNamed(io.floorcheck.base.ui.MarkPicker picker, String mark) {
        return picker.marks().stream().filter(m -> m.describe().replace('/', '-').equals(mark)).findFirst()
                .orElseThrow();
    }


    @Test
    void scoringALevelNaAGateAndARequiredNoteMovesTheProgressAndIsStoredAtOnce() {
        long visit = startedVisit("Browser scoring");
        navigate(ScorecardView.class, visit);
        Scorecard card = scorecards.open(visit);
        List<Criterion> criteria = card.rubric().sections().stream().flatMap(s -> s.criteria().stream()).toList();
        Criterion first = criteria.stream().filter(c -> !c.gate()).findFirst().orElseThrow();
        Criterion optional = criteria.stream().filter(c -> !c.gate() && c.naAllowed() && c != first).findFirst()
                .orElseThrow();
        Criterion gate = criteria.stream().filter(Criterion::gate).findFirst().orElseThrow();
        int total = criteria.size();
        assertThat(progress()).isEqualTo("0 of " + total + " scored");
        // The evidence rule is stated before the first tap, as on the blank PDF.
        assertThat(find(Paragraph.class).withId("scorecard-evidence-rule").single().getText()).isEqualTo(
                "Scores of 2 or lower and of 4 or higher need an evidence note: an observation, a document seen or a "
                        + "quote. A failed gate needs one too.");
        assertThat(state(first.code())).isEqualTo("unscored");
        Button submit = find(Button.class).withId("scorecard-submit").single();
        assertThat(submit.isEnabled()).isFalse();

        tap(first.code(), "5");
        assertThat(progress()).isEqualTo("1 of " + total + " scored · 1 note missing");
        assertThat(state(first.code())).isEqualTo("evidence");
        TextArea note = find(TextArea.class).withId("evidence-" + first.code()).single();
        assertThat(note.isInvalid()).isTrue();
        test(note).setValue("Agent rebuilt the customer's billing history from three systems in two minutes");
        assertThat(progress()).isEqualTo("1 of " + total + " scored");
        assertThat(state(first.code())).isEqualTo("scored");

        tap(optional.code(), "N-A");
        tap(gate.code(), "fail");
        assertThat(progress()).isEqualTo("3 of " + total + " scored · 1 note missing");
        tap(gate.code(), "pass");
        assertThat(progress()).isEqualTo("3 of " + total + " scored");
        assertThat(find(Span.class).withId("scorecard-save-state").single().getElement().getAttribute("data-state"))
                .isEqualTo("saved");

        Scorecard stored = scorecards.open(visit);
        assertThat(stored.score(first.code()).mark()).isEqualTo(Mark.level(5));
        assertThat(stored.score(first.code()).evidence()).startsWith("Agent rebuilt");
        assertThat(stored.score(optional.code()).mark()).isEqualTo(Mark.notApplicableMark());
        assertThat(stored.score(gate.code()).mark()).isEqualTo(Mark.pass());
        assertThat(stored.resumeAt()).isEqualTo(gate.code());
    }

    @Test
    void oneSectionIsOnThePageAtATimeAndTheOthersSayHowFarTheyAre() {
        long visit = startedVisit("Browser sections");
        navigate(ScorecardView.class, visit);
        var sections = scorecards.open(visit).rubric().sections();
        var first = sections.get(0);
        var second = sections.get(1);
        String firstOpener = "open-section-" + CriterionPanel.idPart(first.code());
        String secondOpener = "open-section-" + CriterionPanel.idPart(second.code());
        // A new card opens at its first section: its criteria, and only its.
        assertThat(find(CriterionPanel.class).all()).extracting(panel -> panel.getId().orElseThrow())
                .containsExactlyElementsOf(ids(first));
        assertThat(find(Button.class).withId(firstOpener).all()).as("open: no button to open it").isEmpty();
        assertThat(find(Button.class).withId(secondOpener).single().getText())
                .isEqualTo("Show the criteria: 0 of " + second.criteria().size() + " scored");

        test(find(Button.class).withId(secondOpener).single()).click();
        assertThat(find(CriterionPanel.class).all()).extracting(panel -> panel.getId().orElseThrow())
                .containsExactlyElementsOf(ids(second));
        tap(second.criteria().getFirst().code(), "3");

        // "Next open item" walks on into the next section when this one is done.
        for (var criterion : second.criteria().subList(1, second.criteria().size())) {
            tap(criterion.code(), criterion.gate() ? "pass" : "3");
        }
        test(find(Button.class).withId("scorecard-next").single()).click();
        assertThat(find(CriterionPanel.class).all()).extracting(panel -> panel.getId().orElseThrow())
                .containsExactlyElementsOf(ids(sections.get(2)));
        assertThat(find(Button.class).withId(secondOpener).single().getText())
                .isEqualTo("Show the criteria: " + second.criteria().size() + " of " + second.criteria().size()
                        + " scored");
        assertThat(progress()).startsWith(second.criteria().size() + " of ");
    }

    @Test
    void aCompleteCardIsSubmittedAndThenReadOnlyWithReopenOffered() {
        long visit = startedVisit("Browser submit");
        Scorecard card = scorecards.open(visit);
        List<Criterion> criteria = card.rubric().sections().stream().flatMap(s -> s.criteria().stream()).toList();
        for (Criterion criterion : criteria.subList(1, criteria.size())) {
            scorecards.mark(card.id(), criterion.code(), ScoreEntry.UNSAVED, criterion.gate() ? Mark.pass()
                    : Mark.level(3));
        }
        navigate(ScorecardView.class, visit);
        assertThat(find(Button.class).withId("scorecard-submit").single().isEnabled()).isFalse();

        tap(criteria.getFirst().code(), "pass");
        assertThat(find(Button.class).withId("scorecard-submit").single().isEnabled()).isTrue();
        test(find(Button.class).withId("scorecard-submit").single()).click();
        test(find(ConfirmDialog.class).withId("scorecard-submit-confirm").single()).confirm();

        assertThat(scorecards.open(visit).status()).isEqualTo(ScorecardStatus.SUBMITTED);
        assertThat(find(Span.class).withId("scorecard-submitted").single().getText()).startsWith("Submitted");
        assertThat(picker(criteria.get(5).code()).isEnabled())
                .as("read-only after submit").isFalse();
        // No note stored or needed there: no field, and no "Add a note" on a read-only card.
        assertThat(find(TextArea.class).withId("evidence-" + criteria.get(5).code()).all()).isEmpty();
        assertThat(picker(criteria.get(5).code()).getElement().getProperty("noteOffered", true)).isFalse();
        assertThat(find(Button.class).withId("scorecard-submit").all()).isEmpty();
        test(find(Button.class).withId("scorecard-reopen").single()).click();
        test(find(TextArea.class).withId("scorecard-reopen-reason").single()).setValue("Misjudged 2.3");
        test(find(Button.class).withId("scorecard-reopen-confirm").single()).click();
        assertThat(scorecards.open(visit).status()).isEqualTo(ScorecardStatus.DRAFT);
        assertThat(picker(criteria.get(5).code()).isEnabled()).isTrue();

        // Submitting again after the reopen: one confirmation, one submit.
        test(find(Button.class).withId("scorecard-submit").single()).click();
        assertThat(find(ConfirmDialog.class).withId("scorecard-submit-confirm").all()).hasSize(1);
        test(find(ConfirmDialog.class).withId("scorecard-submit-confirm").single()).confirm();
        assertThat(scorecards.open(visit).status()).isEqualTo(ScorecardStatus.SUBMITTED);
    }

    @Test
    void aChangeMadeInAnotherTabFirstIsShownNotOverwritten() {
        long visit = startedVisit("Browser clash");
        navigate(ScorecardView.class, visit);
        Scorecard card = scorecards.open(visit);
        String code = card.rubric().sections().stream().flatMap(s -> s.criteria().stream()).filter(c -> !c.gate())
                .findFirst().orElseThrow().code();

        // The other tab: a 2 with its note, stored after this page was opened.
        ScoreSave other = scorecards.mark(card.id(), code, ScoreEntry.UNSAVED, Mark.level(2));
        scorecards.note(card.id(), code, other.entry().version(), "Seen on the laptop tab");
        tap(code, "4");

        assertThat(scorecards.open(visit).score(code).mark()).as("not overwritten").isEqualTo(Mark.level(2));
        assertThat(picker(code).value()).as("the stored mark shown").isEqualTo(Mark.level(2));
        assertThat(picker(code).getElement().getProperty("value")).isEqualTo("2");
        assertThat(find(TextArea.class).withId("evidence-" + code).single().getValue()).isEqualTo(
                "Seen on the laptop tab");

        // Typing a note over a note changed elsewhere asks which to keep, and loses neither.
        scorecards.note(card.id(), code, scorecards.open(visit).score(code).version(), "Changed on the laptop again");
        test(find(TextArea.class).withId("evidence-" + code).single()).setValue("Typed on the tablet");
        Dialog clash = find(Dialog.class).withId("scorecard-note-clash").single();
        assertThat(clash.getElement().getTextRecursively()).contains("Changed on the laptop again",
                "Typed on the tablet");
        test(find(Button.class).withId("scorecard-keep-mine").single()).click();
        assertThat(scorecards.open(visit).score(code).evidence()).isEqualTo("Typed on the tablet");
        assertThat(scorecards.open(visit).score(code).mark()).isEqualTo(Mark.level(2));
    }

    @Test
    @WithUserDetails(value = EvaluationFixture.EVALUATOR_B, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void someoneWhoDoesNotAttendIsToldWhy() {
        long visit = startedVisit("Browser outsider");
        accounts.as(EvaluationFixture.LEAD, () -> {
            long evaluation = visits.visit(visit).evaluationId();
            evaluations.putMember(evaluation, fixture.evaluatorB, MemberRole.EVALUATOR);
            return null;
        });
        navigate(ScorecardView.class, visit);
        assertThat(find(Paragraph.class).withId("scorecard-refused").single().getText())
                .isEqualTo("Only attendees of this visit have a scorecard for it.");
    }

    private static List<String> ids(io.floorcheck.rubric.RubricSection section) {
        return section.criteria().stream().map(c -> "criterion-" + CriterionPanel.idPart(c.code())).toList();
    }
}
