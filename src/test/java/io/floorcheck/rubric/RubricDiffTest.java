package io.floorcheck.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import io.floorcheck.rubric.RubricChange.FieldChange;
import org.junit.jupiter.api.Test;

class RubricDiffTest {

    private static Criterion scored(String code, String title, String weight) {
        return new Criterion(code, title, null, new BigDecimal(weight), 1, 5, true, false, null, List.of());
    }

    private static RubricContent content(RubricSection... sections) {
        return new RubricContent("Score what you see", RubricContent.DEFAULT_EVIDENCE_RULE, List.of(sections));
    }

    private static String describe(RubricChange change) {
        return change.kind() + " " + change.target() + " " + change.code() + change.fields().stream()
                .map(f -> " " + f.field() + ":" + f.before() + "→" + f.after()).reduce("", String::concat);
    }

    @Test
    void addedRemovedAndChangedCriteriaAndWeightsAreListed() {
        RubricContent before = content(
                new RubricSection("1", "Calls", null, new BigDecimal("60"), List.of(),
                        List.of(scored("1.1", "Greeting", "1"), scored("1.2", "Hold", "1"))),
                new RubricSection("2", "People", null, new BigDecimal("40"), List.of(),
                        List.of(scored("2.1", "Coaching", "1"))));
        RubricContent after = content(
                new RubricSection("1", "Calls", null, new BigDecimal("70"), List.of(),
                        List.of(scored("1.1", "Greeting and name", "1"), scored("1.3", "Wrap-up", "1"))),
                new RubricSection("2", "People", null, new BigDecimal("30"), List.of(),
                        List.of(scored("2.1", "Coaching", "1"))));

        assertThat(RubricDiff.between(before, after)).extracting(RubricDiffTest::describe).containsExactly(
                "CHANGED SECTION 1 weight:60→70",
                "CHANGED CRITERION 1.1 title:Greeting→Greeting and name share:30→35",
                "ADDED CRITERION 1.3",
                "CHANGED SECTION 2 weight:40→30",
                "CHANGED CRITERION 2.1 share:40→30",
                "REMOVED CRITERION 1.2");
    }

    @Test
    void identicalVersionsHaveNoChangesAndVersionSettingsAreCompared() {
        RubricContent one = content(new RubricSection("1", "Calls", null, new BigDecimal("100"), List.of(),
                List.of(scored("1.1", "Greeting", "1"))));
        RubricContent stricter = new RubricContent(one.scaleGuidance(), new EvidenceRule(1, 5), one.sections());

        assertThat(RubricDiff.between(one, one)).isEmpty();
        assertThat(RubricDiff.between(one, stricter)).singleElement().satisfies(change ->
                assertThat(change.fields()).containsExactly(new FieldChange("evidence", "≤ 2 · ≥ 4", "≤ 1 · ≥ 5")));
    }
}
