package io.floorcheck.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;


import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.testsupport.FlakyDatabase;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.base.Mark;
import io.floorcheck.base.ui.RetryQueue;
import io.floorcheck.visit.ScorecardService;
import io.floorcheck.visit.VisitFixture;
import io.floorcheck.visit.VisitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The database away for a moment (every new connection fails, as with an unreachable server):
 * the change is kept, the state line says "Not saved — retrying", submit waits, and the next
 * poll stores it.
 */
@FloorcheckSpringTest
@WithUserDetails(value = EvaluationFixture.EVALUATOR_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class ScorecardRetryViewTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    @Autowired VisitService visits;
    @Autowired ScorecardService scorecards;
    @Autowired FlakyDatabase database;

    EvaluationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new EvaluationFixture(accounts, evaluations, vendors);
    }

    @Test
    void aChangeTheDatabaseCouldNotTakeIsRetriedUntilItIsStored() {
        VisitFixture visitFixture = new VisitFixture(fixture, accounts, evaluations, visits);
        VisitFixture.Planned planned = visitFixture.visit("Outage", true, fixture.evaluatorA);
        visitFixture.declareNoConflict(planned, EvaluationFixture.EVALUATOR_A);
        long visit = planned.visit();
        navigate(ScorecardView.class, visit);
        Span state = find(Span.class).withId("scorecard-save-state").single();
        test(find(Button.class).withId("open-section-1").single()).click();

        // A 5 asks for a note; its field comes with the stored mark.
        find(io.floorcheck.base.ui.MarkPicker.class).withId("marks-1.1").single()
                .choose(io.floorcheck.base.Mark.level(5));

        database.down();
        try {
            find(io.floorcheck.base.ui.MarkPicker.class).withId("marks-1.1").single()
                    .choose(io.floorcheck.base.Mark.level(4));
            // The note, typed while the database is away, waits as well.
            test(find(com.vaadin.flow.component.textfield.TextArea.class).withId("evidence-1.1").single())
                    .setValue("Typed during the outage");
            // The evaluator moves on to another section and back while both wait: the section is
            // drawn with what waits, not with what is stored, so typing on loses nothing.
            test(find(Button.class).withId("open-section-G").single()).click();
            assertThat(find(io.floorcheck.base.ui.MarkPicker.class).withId("marks-1.1").all()).isEmpty();
            test(find(Button.class).withId("open-section-1").single()).click();
            assertThat(find(io.floorcheck.base.ui.MarkPicker.class).withId("marks-1.1").single().getElement()
                    .getProperty("value")).isEqualTo("4");
            assertThat(find(com.vaadin.flow.component.textfield.TextArea.class).withId("evidence-1.1").single()
                    .getValue()).isEqualTo("Typed during the outage");
        } finally {
            database.up();
        }

        assertThat(state.getElement().getAttribute("data-state")).isEqualTo("error");
        assertThat(state.getElement().getTextRecursively()).startsWith("Not saved — retrying");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(RetryQueue.RETRY_MILLIS);
        assertThat(find(Button.class).withId("scorecard-submit").single().isEnabled()).isFalse();
        // The evaluator moves on to another section while the changes wait: they are retried all the same.
        test(find(Button.class).withId("open-section-G").single()).click();

        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(state.getElement().getAttribute("data-state")).isEqualTo("saved");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(scorecards.open(visit).score("1.1").mark()).isEqualTo(Mark.level(4));
        assertThat(scorecards.open(visit).score("1.1").evidence()).isEqualTo("Typed during the outage");
        test(find(Button.class).withId("open-section-1").single()).click();
        assertThat(find(io.floorcheck.base.ui.MarkPicker.class).withId("marks-1.1").single().getElement()
                .getProperty("value")).isEqualTo("4");
    }
}
