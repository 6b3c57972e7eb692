package io.floorcheck.evaluation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.RecordEntry;
import io.floorcheck.evaluation.RecordKind;
import io.floorcheck.evaluation.RecordPerson;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Record tab: the lead filters by person and kind; an evaluator reads only their own entries. */
@FloorcheckSpringTest
class RecordViewTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    static EvaluationFixture.Setup setup;

    @BeforeEach
    void fixture() {
        if (setup == null) {
            EvaluationFixture fixture = new EvaluationFixture(accounts, evaluations, vendors);
            long vendor = fixture.vendor("Record BPO");
            setup = fixture.open("Record tab", vendor);
            accounts.as(EvaluationFixture.EVALUATOR_A, () -> evaluations.declare(setup.id(), vendor, true,
                    "My sister is their CFO"));
        }
    }

    @Test
    @WithUserDetails(value = TestAccounts.PROCUREMENT, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    @SuppressWarnings("unchecked")
    void theLeadFiltersTheRecordByPersonAndKind() {
        navigate(RecordView.class, setup.id());
        Grid<RecordEntry> grid = find(Grid.class).withId("record-grid").single();
        int everything = test(grid).size();
        assertThat(everything).isGreaterThanOrEqualTo(4); // created, candidates, members, opened, declared
        assertThat(find(Anchor.class).withId("record-csv").single().getHref()).isNotBlank();

        ComboBox<RecordPerson> person = find(ComboBox.class).withId("record-person").single();
        RecordPerson ada = person.getListDataView().getItems().filter(p -> p.name().equals("Ada Evaluator"))
                .findFirst().orElseThrow();
        test(person).selectItem(ada.name());
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(find(Span.class).withId("record-count").single().getText()).isEqualTo("1 entry");
        assertThat(test(grid).getCellComponent(0, 0).getElement().getTextRecursively()).endsWith("Ada Evaluator");

        Select<RecordKind> kind = find(Select.class).withId("record-kind").single();
        test(kind).selectItem("Visits");
        assertThat(test(grid).size()).isZero();
        test(kind).selectItem("Conflicts of interest");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellComponent(0, 2).getElement().getTextRecursively())
                .contains("conflict: My sister is their CFO", "waits for the lead's decision");
    }

    @Test
    @WithUserDetails(value = EvaluationFixture.EVALUATOR_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    @SuppressWarnings("unchecked")
    void anEvaluatorReadsOnlyTheirOwnEntries() {
        navigate(RecordView.class, setup.id());
        Grid<RecordEntry> grid = find(Grid.class).withId("record-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellComponent(0, 0).getElement().getTextRecursively()).endsWith("Ada Evaluator");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("What you did in this evaluation");
    }
}
