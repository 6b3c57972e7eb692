package io.floorcheck.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.stream.Collectors;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.visit.Attendee;
import io.floorcheck.visit.Visit;
import io.floorcheck.visit.VisitService;
import io.floorcheck.visit.VisitStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The lead plans a visit in the browser; an attendee records expectations until it starts. */
@FloorcheckSpringTest
@WithUserDetails(value = TestAccounts.PROCUREMENT, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class VisitViewsTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    @Autowired VisitService visits;
    @Autowired io.floorcheck.visit.ScorecardService scorecards;
    @Autowired io.floorcheck.recommendation.LeadershipScorecardService leadership;
    EvaluationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new EvaluationFixture(accounts, evaluations, vendors);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLeadPlansAVisitChoosesAttendeesAndBuildsTheAgenda() {
        long vendor = fixture.vendor("Browser Visit");
        var setup = fixture.open("Browser visits", vendor);
        navigate("evaluations/visits/" + setup.id(), VisitListView.class);

        test(find(Button.class).withId("visit-plan").single()).click();
        test(find(Select.class).withId("visit-vendor").single()).selectItem("Browser Visit");
        find(DateTimePicker.class).withId("visit-when").single().setValue(LocalDateTime.of(2027, 1, 14, 8, 30));
        test(find(Button.class).withId("visit-plan-save").single()).click();

        assertThat(getCurrentView()).isInstanceOf(VisitView.class);
        MultiSelectComboBox<Attendee> picker = find(MultiSelectComboBox.class).withId("visit-attendee-picker").single();
        picker.setValue(picker.getListDataView().getItems().collect(Collectors.toSet()));
        test(find(Button.class).withId("visit-attendees-save").single()).click();
        find(TimePicker.class).withId("agenda-time").single().setValue(LocalTime.of(10, 0));
        test(find(TextField.class).withId("agenda-title").single()).setValue("Shadow the retention queue");
        test(find(Button.class).withId("agenda-add").single()).click();

        Visit visit = visits.visits(setup.id()).stream().findFirst().map(v -> visits.visit(v.id())).orElseThrow();
        assertThat(visit.startsAt()).isEqualTo(LocalDateTime.of(2027, 1, 14, 8, 30));
        assertThat(visit.attendees()).extracting(Attendee::name).containsExactly("Ada Evaluator");
        assertThat(visit.agenda()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Shadow the retention queue");
            assertThat(item.startsAt()).isEqualTo(LocalTime.of(10, 0));
        });
        assertThat(find(Div.class).withId("visit-agenda").single().getElement().getTextRecursively())
                .contains("10:00", "Floor shadowing", "Shadow the retention queue");
        com.vaadin.flow.component.html.Anchor paper = find(com.vaadin.flow.component.html.Anchor.class)
                .withId("visit-blank-scorecard").single();
        assertThat(paper.getHref()).as("the blank scorecard downloads").isNotBlank();

        test(find(Button.class).withId("visit-start").single()).click();
        test(find(ConfirmDialog.class).withId("visit-start-confirm").single()).confirm();
        assertThat(visits.visit(visit.id()).status()).isEqualTo(VisitStatus.IN_PROGRESS);
    }

    @Test
    @WithUserDetails(value = EvaluationFixture.EVALUATOR_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    @SuppressWarnings("unchecked")
    void anAttendeeRecordsExpectationsThatLockWhenTheVisitStarts() {
        long vendor = fixture.vendor("Expectations Visit");
        var setup = fixture.open("Browser expectations", vendor);
        long visitId = accounts.as(EvaluationFixture.LEAD, () -> {
            long site = evaluations.evaluation(setup.id()).candidates().getFirst().vendor().sites().getFirst().id();
            long id = visits.plan(setup.id(), new io.floorcheck.visit.VisitPlan(vendor, site,
                    LocalDateTime.of(2027, 1, 20, 9, 0), null));
            visits.setAttendees(id, java.util.List.of(fixture.evaluatorA));
            return id;
        });
        navigate(VisitView.class, visitId);

        Select<Integer> first = find(Select.class).withId("expect-score-1").single();
        test(first).selectItem("4");
        test(find(TextField.class).withId("expect-reason-1").single()).setValue("Strong QA calibration deck");

        assertThat(visits.myExpectations(visitId).getFirst().expectedScore()).isEqualTo(4);
        assertThat(visits.myExpectations(visitId).getFirst().reason()).isEqualTo("Strong QA calibration deck");
        assertThat(find(Button.class).withId("visit-start").all()).as("only the lead starts a visit").isEmpty();

        accounts.as(EvaluationFixture.LEAD, () -> visits.start(visitId, visits.visit(visitId).version()));
        navigate(VisitView.class, visitId);

        assertThat(find(Select.class).withId("expect-score-1").single().isReadOnly()).isTrue();
        assertThat(find(Div.class).withId("visit-expectations").single().getElement().getTextRecursively())
                .contains("Locked since the visit started");
    }

    @Test
    @WithUserDetails(value = EvaluationFixture.EVALUATOR_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    @SuppressWarnings("unchecked")
    void anAttendeeLogsACallWithQuickChoicesAndSeesTheFigures() {
        long vendor = fixture.vendor("Call Log Visit");
        var setup = fixture.open("Browser call log", vendor);
        long visitId = accounts.as(EvaluationFixture.LEAD, () -> {
            long site = evaluations.evaluation(setup.id()).candidates().getFirst().vendor().sites().getFirst().id();
            long id = visits.plan(setup.id(), new io.floorcheck.visit.VisitPlan(vendor, site,
                    LocalDateTime.of(2027, 1, 21, 9, 0), null));
            visits.setAttendees(id, java.util.List.of(fixture.evaluatorA));
            visits.start(id, visits.visit(id).version());
            return id;
        });
        navigate(VisitView.class, visitId);
        // Not declared yet: no form, the gate, and one tap to the declaration for this vendor.
        assertThat(find(TextField.class).withId("call-queue").all()).isEmpty();
        assertThat(find(Div.class).withId("contribution-gate").single().getElement().getTextRecursively())
                .contains("Declare your conflicts of interest for this vendor first");
        test(find(Button.class).withId("gate-declaration").single()).click();
        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).withId("coi-dialog").single().isOpened())
                .as("the declaration for the vendor opens at once").isTrue();
        evaluations.declare(setup.id(), vendor, false, null);
        navigate(VisitView.class, visitId);

        test(find(TextField.class).withId("call-queue").single()).setValue("Billing disputes");
        test(find(TextField.class).withId("call-handle").single()).setValue("6:30");
        test(find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).withId("call-fcr").single())
                .selectItem("Yes");
        test(find(Button.class).withId("call-log").single()).click();

        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("call-figures").single().getText())
                .isEqualTo("1 call observed · 100 % resolved first time (of 1 where it could be told) · "
                        + "average handle time 6:30");
        assertThat(find(Div.class).withId("visit-calls").single().getElement().getTextRecursively())
                .contains("(Asia/Manila) · Billing disputes · 6:30", "Resolved on first contact: Yes", "Ada Evaluator");

        test(find(TextField.class).withId("call-handle").single()).setValue("six minutes");
        test(find(Button.class).withId("call-log").single()).click();
        assertThat(find(TextField.class).withId("call-handle").single().getErrorMessage())
                .isEqualTo("Enter minutes and seconds (4:30) or seconds.");
    }

    @Test
    @WithUserDetails(value = EvaluationFixture.EVALUATOR_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void afterSubmittingTheVisitOffersTheSubmittedCardAndTheAgendaNamesOnlyWhoIsThere() {
        var scored = io.floorcheck.comparison.ScoredEvaluation.of("Submitted view", fixture, accounts, evaluations,
                visits, scorecards, leadership);
        long visit = scored.visits().getFirst();
        accounts.as(EvaluationFixture.LEAD, () -> visits.setAgenda(visit, java.util.List.of(
                new io.floorcheck.visit.AgendaItem(io.floorcheck.visit.AgendaKind.CALL_LISTENING,
                        java.time.LocalTime.of(13, 0), "Listen to recorded escalations", null,
                        "Ten calls we choose from yesterday's list", null),
                new io.floorcheck.visit.AgendaItem(io.floorcheck.visit.AgendaKind.FLOOR_SHADOWING,
                        java.time.LocalTime.of(10, 0), "Side-by-side on billing", fixture.evaluatorA, null, null))));
        navigate(VisitView.class, visit);

        assertThat(find(Button.class).withId("visit-open-scorecard").single().getText())
                .isEqualTo("View your submitted scorecard");
        String agenda = find(VisitView.class).single().getElement().getTextRecursively();
        assertThat(agenda).contains("Ten calls we choose from yesterday's list").doesNotContain(" with Ten calls")
                .doesNotContain("Evaluator with");
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("vaadin-i18n/translations",
                java.util.Locale.ENGLISH);
        assertThat(new java.text.MessageFormat(bundle.getString("calls.transfersHolds"), java.util.Locale.ENGLISH)
                .format(new Object[] {1, 2})).isEqualTo("1 transfer, 2 holds");
    }

    @Test
    void startingAVisitPlannedForALaterDaySaysHowEarlyItIs() {
        long vendor = fixture.vendor("Early Visit");
        var setup = fixture.open("Early start", vendor);
        long visitId = accounts.as(EvaluationFixture.LEAD, () -> {
            long site = evaluations.evaluation(setup.id()).candidates().getFirst().vendor().sites().getFirst().id();
            return visits.plan(setup.id(), new io.floorcheck.visit.VisitPlan(vendor, site,
                    java.time.LocalDateTime.now().plusDays(10).withHour(9).withMinute(0), null));
        });
        accounts.as(EvaluationFixture.LEAD, () -> {
            navigate(VisitView.class, visitId);
            test(find(Button.class).withId("visit-start").single()).click();
            assertThat(find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).withId("visit-start-confirm")
                    .single().getElement().getProperty("message")).contains("This visit is planned for", "days")
                    .contains("Start it now anyway?");
        });
    }

    @Test
    @WithUserDetails(value = EvaluationFixture.EVALUATOR_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theBlindNoticeSaysWhatEachPersonWaitsFor() {
        long vendor = fixture.vendor("Blind Notice Visit");
        var setup = fixture.open("Blind notice", vendor);
        long visitId = accounts.as(EvaluationFixture.LEAD, () -> {
            long site = evaluations.evaluation(setup.id()).candidates().getFirst().vendor().sites().getFirst().id();
            long id = visits.plan(setup.id(), new io.floorcheck.visit.VisitPlan(vendor, site,
                    LocalDateTime.of(2027, 1, 22, 9, 0), null));
            visits.setAttendees(id, java.util.List.of(fixture.evaluatorA));
            visits.start(id, visits.visit(id).version());
            return id;
        });
        String ownCards = "Scores stay hidden until you have submitted your own scorecards for this candidate";
        String pending = "Your declared conflict of interest for this candidate waits for the lead’s decision";
        String consensus = "You do not score this candidate: its scores become visible to you when the evaluation "
                + "reaches consensus.";

        // The attending evaluator, declared or not yet: their own cards, and their card to open.
        assertThat(blindNotice(visitId)).startsWith(ownCards);
        assertThat(find(Button.class).withId("visit-open-scorecard").all()).hasSize(1);
        // A declared conflict waiting for the lead: the decision first (the card opens on its gate).
        evaluations.declare(setup.id(), vendor, true, "My cousin manages their Cebu site");
        assertThat(blindNotice(visitId)).startsWith(pending).contains("if the lead lets you score");
        // The candidate's leadership scores say the same.
        navigate("evaluations/" + setup.id() + "/vendors/" + vendor + "/recommendations",
                com.vaadin.flow.component.Component.class);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("vendor-recommendations-blind")
                .single().getText()).startsWith(pending).contains("leadership scorecards");
        // Excluded by the lead: consensus, like a reader, and no card to open.
        accounts.as(EvaluationFixture.LEAD, () -> {
            int read = evaluations.evaluation(setup.id()).declaration(fixture.evaluatorA, vendor).orElseThrow()
                    .version();
            evaluations.decide(setup.id(), fixture.evaluatorA, vendor, read,
                    io.floorcheck.evaluation.CoiDecision.EXCLUDE, "Family at the site");
            return null;
        });
        assertThat(blindNotice(visitId)).isEqualTo(consensus);
        assertThat(find(Button.class).withId("visit-open-scorecard").all()).isEmpty();
        navigate("evaluations/" + setup.id() + "/vendors/" + vendor + "/recommendations",
                com.vaadin.flow.component.Component.class);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("vendor-recommendations-blind")
                .single().getText()).startsWith("You do not score this candidate");
        // The lead and a reader never score: consensus.
        accounts.as(EvaluationFixture.LEAD, () -> assertThat(blindNotice(visitId)).isEqualTo(consensus));
        accounts.as(EvaluationFixture.READER, () -> assertThat(blindNotice(visitId)).isEqualTo(consensus));
    }

    private String blindNotice(long visitId) {
        navigate(VisitView.class, visitId);
        return find(com.vaadin.flow.component.html.Paragraph.class).withId("visit-scores-hidden").single().getText();
    }
}
