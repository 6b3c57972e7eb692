package io.floorcheck.rubric.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.Level;
import io.floorcheck.rubric.NewRubric;
import io.floorcheck.rubric.RubricAuthoring;
import io.floorcheck.rubric.RubricContent;
import io.floorcheck.rubric.RubricPurpose;
import io.floorcheck.rubric.RubricSection;
import io.floorcheck.rubric.RubricService;
import io.floorcheck.rubric.VersionSummary;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** A reviewer sees every version of a rubric and what changed between two of them. */
@FloorcheckSpringTest
class RubricHistoryViewTest extends SpringBrowserlessTest {

    private static final List<Level> FIVE = List.of(new Level(1, "Absent"), new Level(2, "Ad hoc"),
            new Level(3, "Defined"), new Level(4, "Measured"), new Level(5, "Improving"));

    @Autowired TestAccounts accounts;
    @Autowired RubricAuthoring authoring;
    @Autowired RubricService rubrics;

    @BeforeEach
    void team() {
        accounts.ensureTeam();
    }

    private static RubricContent content(String secondWeight, String secondTitle) {
        BigDecimal second = new BigDecimal(secondWeight);
        return new RubricContent(null, RubricContent.DEFAULT_EVIDENCE_RULE, List.of(
                new RubricSection("1", "Calls", null, new BigDecimal(100).subtract(second), FIVE, List.of(
                        new Criterion("1.1", "Greeting", null, BigDecimal.ONE, 1, 5, true, false, null, List.of()))),
                new RubricSection("2", "People", null, second, FIVE, List.of(
                        new Criterion("2.1", secondTitle, null, BigDecimal.ONE, 1, 5, true, false, null, List.of())))));
    }

    /** Two published versions, made as procurement. */
    private long rubricWithTwoVersions(String name) {
        long v1 = authoring.create(new NewRubric(name, RubricPurpose.SHADOW_VISIT, null));
        authoring.saveDraft(v1, 0, content("40", "Coaching"), null);
        authoring.publish(v1, 1);
        long v2 = authoring.startDraft(v1);
        authoring.saveDraft(v2, 0, content("30", "Coaching cadence"), "People weigh less");
        authoring.publish(v2, 1);
        return rubrics.version(v2).rubricId();
    }

    @Test
    @WithUserDetails(value = TestAccounts.PROCUREMENT, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theNewestTwoVersionsAreComparedWithWeightsBeforeAndAfter() {
        long rubricId = rubricWithTwoVersions("History: two versions");

        navigate(RubricHistoryView.class, rubricId);

        @SuppressWarnings("unchecked")
        Grid<VersionSummary> grid = find(Grid.class).withId("version-grid").single();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0).changeNote()).isEqualTo("People weigh less");
        String diff = find(Div.class).withId("rubric-diff").single().getElement().getTextRecursively();
        assertThat(diff).contains("ChangedSection 1 · Calls", "Weight: 60 → 70", "Weight: 40 → 30",
                "Criterion 2.1 · Coaching cadence", "Title: Coaching → Coaching cadence");
    }

    @Test
    @WithUserDetails(value = TestAccounts.VIEWER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aReaderComparesVersionsButHasNothingToChange() {
        long rubricId = rubrics.library().stream().filter(r -> r.name().equals("History: for readers")).findFirst()
                .map(r -> r.id()).orElse(-1L);
        if (rubricId < 0) {
            rubricId = accounts.as(TestAccounts.PROCUREMENT, () -> rubricWithTwoVersions("History: for readers"));
        }

        navigate(RubricHistoryView.class, rubricId);

        assertThat(find(Button.class).all()).extracting(Button::getText).doesNotContain("Retire",
                "New version from this");
        assertThat(find(Div.class).withId("rubric-diff").single().getElement().getTextRecursively())
                .contains("Weight: 40 → 30");
    }
}
