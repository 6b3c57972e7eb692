package io.floorcheck.rubric.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.RubricContent;
import io.floorcheck.rubric.RubricSection;
import org.junit.jupiter.api.Test;

/** Reordering in the editor: arrows and drag and drop move sections and criteria where the user means. */
class EditableRubricTest {

    private static Criterion scored(String code) {
        return new Criterion(code, "T" + code, null, BigDecimal.ONE, 1, 5, true, false, null, List.of());
    }

    private static EditableRubric rubric() {
        return EditableRubric.of(new RubricContent(null, RubricContent.DEFAULT_EVIDENCE_RULE, List.of(
                new RubricSection("1", "One", null, new BigDecimal("50"), List.of(), List.of(scored("1.1"), scored("1.2"))),
                new RubricSection("2", "Two", null, new BigDecimal("50"), List.of(), List.of(scored("2.1"))))), null);
    }

    private static List<String> codes(EditableRubric rubric) {
        return rubric.toContent().sections().stream().map(s -> s.code() + ":" + String.join(",",
                s.criteria().stream().map(Criterion::code).toList())).toList();
    }

    @Test
    void arrowsMoveACriterionWithinItsSectionAndAcrossIntoTheNext() {
        EditableRubric rubric = rubric();
        var first = rubric.sections.getFirst().criteria.getFirst();

        rubric.moveCriterion(first, 1);
        assertThat(codes(rubric)).containsExactly("1:1.2,1.1", "2:2.1");
        rubric.moveCriterion(first, 1);
        assertThat(codes(rubric)).containsExactly("1:1.2", "2:1.1,2.1");
        rubric.moveCriterion(first, -1);
        assertThat(codes(rubric)).containsExactly("1:1.2,1.1", "2:2.1");
    }

    @Test
    void dragAndDropPlacesBeforeTheTargetOrAtTheEndOfASection() {
        EditableRubric rubric = rubric();
        var two = rubric.sections.get(1);
        var onePointTwo = rubric.sections.getFirst().criteria.get(1);

        rubric.placeCriterionBefore(two.criteria.getFirst(), rubric.sections.getFirst().criteria.getFirst());
        assertThat(codes(rubric)).containsExactly("1:2.1,1.1,1.2", "2:");
        rubric.placeCriterionLast(onePointTwo, two);
        rubric.placeSectionBefore(two, rubric.sections.getFirst());
        assertThat(codes(rubric)).containsExactly("2:1.2", "1:2.1,1.1");
    }

    @Test
    void aNewSectionTakesWhatIsLeftAndNewCodesDoNotCollide() {
        EditableRubric rubric = rubric();
        rubric.sections.getFirst().weight = new BigDecimal("30");

        var added = rubric.addSection();

        assertThat(added.code).isEqualTo("3");
        assertThat(added.weight).isEqualByComparingTo("20");
        assertThat(rubric.addCriterion(rubric.sections.getFirst()).code).isEqualTo("1.3");
    }

    @Test
    void aGateKeepsTheWeightItHadAndDescriptorsOutsideANarrowedScaleAreDropped() {
        EditableRubric rubric = rubric();
        var criterion = rubric.sections.getFirst().criteria.getFirst();
        criterion.weight = new BigDecimal("3");
        criterion.levels.put(5, "Excellent");

        criterion.setGate(true);
        assertThat(criterion.toCriterion().weight()).isNull();
        criterion.setGate(false);
        assertThat(criterion.toCriterion().weight()).isEqualByComparingTo("3");

        criterion.scaleMax = 4;
        assertThat(criterion.toCriterion().levels()).isEmpty();
    }
}
