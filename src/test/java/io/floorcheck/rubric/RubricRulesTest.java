package io.floorcheck.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import io.floorcheck.rubric.RubricProblem.Place;
import org.junit.jupiter.api.Test;

class RubricRulesTest {

    private static final List<Level> FIVE = List.of(new Level(1, "a"), new Level(2, "b"), new Level(3, "c"),
            new Level(4, "d"), new Level(5, "e"));

    private static Criterion scored(String code, String weight) {
        return new Criterion(code, "Title " + code, null, weight == null ? null : new BigDecimal(weight), 1, 5, true,
                false, null, List.of());
    }

    private static RubricSection section(String code, String weight, Criterion... criteria) {
        return new RubricSection(code, "Section " + code, null, weight == null ? null : new BigDecimal(weight), FIVE,
                List.of(criteria));
    }

    private static RubricContent content(RubricSection... sections) {
        return new RubricContent(null, RubricContent.DEFAULT_EVIDENCE_RULE, List.of(sections));
    }

    private static List<String> places(List<RubricProblem> problems) {
        return problems.stream().map(p -> p.place() + "@" + p.section() + "/" + p.criterion()).toList();
    }

    @Test
    void weightedSectionsSummingTo100WithDescribedLevelsArePublishable() {
        RubricContent content = content(section("1", "60", scored("1.1", "2"), scored("1.2", "1")),
                section("2", "40", scored("2.1", "0.5")));

        assertThat(RubricRules.publishable(content)).isEmpty();
        assertThat(RubricRules.totalWeight(content)).isEqualByComparingTo("100");
    }

    @Test
    void sectionsThatDoNotSumTo100AreNotPublishableButCanBeSaved() {
        RubricContent content = content(section("1", "60", scored("1.1", "1")), section("2", "35", scored("2.1", "1")));

        assertThat(RubricRules.storable(content)).isEmpty();
        assertThat(RubricRules.publishable(content)).singleElement().satisfies(problem -> {
            assertThat(problem.place()).isEqualTo(Place.TOTAL);
            assertThat(problem.args()).containsExactly("95");
        });
    }

    @Test
    void weightsMustBePositiveAndGatesCarryNone() {
        Criterion gateWithWeight = new Criterion("G1", "Licences", null, BigDecimal.ONE, 1, 5, false, true, "ok",
                List.of());
        RubricContent content = content(section("G", null, gateWithWeight),
                section("1", "100", scored("1.1", "0"), scored("1.2", null)));

        assertThat(places(RubricRules.storable(content))).containsExactly("WEIGHT@0/0", "WEIGHT@1/0", "WEIGHT@1/1");
    }

    @Test
    void aGateNeedsAPassConditionAndAGatesOnlySectionNoWeight() {
        Criterion gate = new Criterion("G1", "Licences", null, null, 1, 5, false, true, " ", List.of());
        RubricContent content = content(section("G", "10", gate), section("1", "90", scored("1.1", "1")));

        assertThat(places(RubricRules.publishable(content)))
                .containsExactlyInAnyOrder("SECTION_WEIGHT@0/-1", "PASS_CONDITION@0/0");
    }

    @Test
    void everyLevelNeedsADescriptorFromTheCriterionOrItsSection() {
        Criterion ownPartial = new Criterion("1.1", "Tone", null, BigDecimal.ONE, 1, 5, true, false, null,
                List.of(new Level(1, "x"), new Level(5, "y")));
        RubricSection bare = new RubricSection("1", "Calls", null, new BigDecimal(100), List.of(),
                List.of(ownPartial, scored("1.2", "1")));

        List<RubricProblem> problems = RubricRules.publishable(content(bare));

        assertThat(places(problems)).containsExactly("LEVELS@0/0", "LEVELS@0/1");
        assertThat(problems.getFirst().args()).containsExactly("2, 3, 4");
    }

    @Test
    void codesAreUniqueAcrossTheVersionAndAScaleGoesUp() {
        Criterion flat = new Criterion("1.2", "Flat", null, BigDecimal.ONE, 3, 3, true, false, null, List.of());
        RubricContent content = content(section("1", "50", scored("1.1", "1"), flat),
                section("1", "50", scored("1.1", "1")));

        assertThat(places(RubricRules.storable(content)))
                .containsExactly("SCALE@0/1", "SECTION_CODE@1/-1", "CODE@1/0");
    }

    @Test
    void anEmptyRubricIsNotPublishable() {
        assertThat(places(RubricRules.publishable(content()))).containsExactly("SECTIONS@-1/-1");
    }
}
