package io.floorcheck.rubric.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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

    private int rowOf(Grid<RubricSummary> grid, RubricPurpose purpose) {
        return IntStream.range(0, test(grid).size())
                .filter(row -> test(grid).getRow(row).shipped() && test(grid).getRow(row).purpose() == purpose)
                .findFirst().orElseThrow();
    }

    /** The first action of a row reads its latest published version. */
    private Button read(Grid<RubricSummary> grid, int row) {
        Div actions = (Div) test(grid).getCellComponent(row, grid.getColumns().size() - 1);
        return (Button) actions.getChildren().findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails(value = TestAccounts.EVALUATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anEvaluatorSeesTheShippedLibraryAndReadsTheShadowVisitRubric() {
        navigate(RubricLibraryView.class);
        Grid<RubricSummary> grid = grid();
        List<RubricSummary> shipped = IntStream.range(0, test(grid).size()).mapToObj(test(grid)::getRow)
                .filter(RubricSummary::shipped).toList();
        assertThat(shipped).extracting(RubricSummary::purpose).as("in the order of the journey")
                .containsExactly(RubricPurpose.SHADOW_VISIT, RubricPurpose.RECOMMENDATION,
                        RubricPurpose.LEADERSHIP_SESSION);
        assertThat(find(Button.class).withId("new-rubric").all()).as("reading is all an evaluator does here").isEmpty();
        int shadowRow = rowOf(grid, RubricPurpose.SHADOW_VISIT);

        test(read(grid, shadowRow)).click();

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
        test(read(grid, rowOf(grid, RubricPurpose.RECOMMENDATION))).click();

        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("R1", "R7", "25 % of the total", "Between 1 and 3", "Between 3 and 5");
        assertThat(page.split("On a recommendation flagged as an upsell: 1, whatever was scored", -1))
                .as("R1 and R7 say so").hasSize(3);
    }
}
