package io.floorcheck.rubric.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import io.floorcheck.rubric.RubricPurpose;
import io.floorcheck.rubric.RubricSummary;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Evaluators and readers read rubrics before their visits, exactly as they will score them. */
@FloorcheckSpringTest
class RubricLibraryViewTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;

    @BeforeEach
    void team() {
        accounts.ensureTeam();
    }

    @SuppressWarnings("unchecked")
    private Grid<RubricSummary> grid() {
        return find(Grid.class).withId("rubric-grid").single();
    }

    @Test
    @WithUserDetails(value = TestAccounts.EVALUATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anEvaluatorSeesTheShippedLibraryAndReadsTheShadowVisitRubric() {
        navigate(RubricLibraryView.class);
        Grid<RubricSummary> grid = grid();
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(test(grid).getRow(0).purpose()).as("in the order of the journey").isEqualTo(RubricPurpose.SHADOW_VISIT);
        int shadowRow = 0;

        Button read = (Button) test(grid).getCellComponent(shadowRow, grid.getColumns().size() - 1);
        test(read).click();

        assertThat(getCurrentView()).isInstanceOf(RubricVersionView.class);
        assertThat(find(H1.class).withId("rubric-title").single().getText())
                .isEqualTo(test(grid).getRow(shadowRow).name());
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Gate items", "Passes when:", "20 % of the total", "Version 1", "Published")
                .contains("Scores of 2 or lower and of 4 or higher need an evidence note");
        Anchor export = find(Anchor.class).withId("rubric-export").single();
        assertThat(export.getHref()).isNotBlank();
        assertThat(export.getText()).isEqualTo("Export as CSV");
    }

    @Test
    @WithUserDetails(value = TestAccounts.VIEWER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aReaderSeesEveryLevelOfTheRecommendationRubric() {
        navigate(RubricLibraryView.class);
        Grid<RubricSummary> grid = grid();
        int row = 0;
        while (test(grid).getRow(row).purpose() != RubricPurpose.RECOMMENDATION) {
            row++;
        }
        test((Button) test(grid).getCellComponent(row, grid.getColumns().size() - 1)).click();

        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("R1", "R7", "25 % of the total", "Between 1 and 3", "Between 3 and 5");
    }
}
