package io.floorcheck.rubric.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.RubricPurpose;
import io.floorcheck.rubric.RubricSection;
import io.floorcheck.rubric.RubricSummary;
import io.floorcheck.rubric.RubricVersion;
import io.floorcheck.rubric.VersionStatus;
import io.floorcheck.testsupport.BothDatabases;
import io.floorcheck.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped library exists after migration on both databases, with the weights of RUBRICS.md. */
class DefaultRubricLibraryTest extends BothDatabases {

    private static RubricVersion shipped(TestDatabase database, String key) {
        RubricRepository rubrics = new RubricRepository(database.dsl());
        return rubrics.version(rubrics.versionIdOf(key, 1).orElseThrow()).orElseThrow();
    }

    private static List<String> weights(List<BigDecimal> values) {
        return values.stream().map(v -> v == null ? "-" : v.stripTrailingZeros().toPlainString()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void threePublishedRubricsShipOneForEachPurpose(TestDatabase database) {
        List<RubricSummary> library = new RubricRepository(database.dsl()).library();

        assertThat(library).extracting(RubricSummary::purpose).containsExactlyInAnyOrder(RubricPurpose.values());
        assertThat(library).allSatisfy(rubric -> {
            assertThat(rubric.shipped()).isTrue();
            assertThat(rubric.latestPublishedNumber()).isEqualTo(1);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theShadowVisitRubricHasFiveGatesAndNineWeightedSectionsWithTheirDescriptors(TestDatabase database) {
        RubricVersion shadow = shipped(database, "shadow-visit");

        assertThat(shadow.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(shadow.gateCount()).isEqualTo(5);
        assertThat(weights(shadow.sections().stream().map(RubricSection::weight).toList()))
                .containsExactly("-", "20", "15", "10", "15", "10", "8", "8", "7", "7");
        assertThat(shadow.totalWeight()).isEqualByComparingTo("100");
        RubricSection gates = shadow.sections().getFirst();
        assertThat(gates.gatesOnly()).isTrue();
        assertThat(gates.criteria()).allSatisfy(gate -> {
            assertThat(gate.weight()).isNull();
            assertThat(gate.passCondition()).isNotBlank();
        });
        assertThat(shadow.sections().subList(1, 10)).allSatisfy(section -> {
            assertThat(section.levels()).extracting(level -> level.score()).containsExactly(1, 2, 3, 4, 5);
            assertThat(section.criteria()).isNotEmpty().allSatisfy(criterion -> {
                assertThat(criterion.gate()).isFalse();
                assertThat(section.descriptorsFor(criterion)).hasSize(5);
            });
        });
        assertThat(shadow.evidenceRule().requiresEvidence(2)).isTrue();
        assertThat(shadow.evidenceRule().requiresEvidence(3)).isFalse();
        assertThat(shadow.evidenceRule().requiresEvidence(4)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theLeadershipRubricsCarryTheirCriterionWeightsAndFiveLevelsEach(TestDatabase database) {
        RubricVersion recommendation = shipped(database, "leadership-recommendation");
        RubricVersion session = shipped(database, "leadership-session");

        assertThat(weights(recommendation.sections().getFirst().criteria().stream().map(Criterion::weight).toList()))
                .containsExactly("25", "20", "15", "15", "10", "10", "5");
        assertThat(weights(session.sections().getFirst().criteria().stream().map(Criterion::weight).toList()))
                .containsExactly("30", "25", "20", "15", "10");
        // RUBRICS.md: "thinly veiled upsells score 1 on R1/R7".
        assertThat(recommendation.sections().getFirst().criteria()).filteredOn(Criterion::upsellMinimum)
                .extracting(Criterion::code).containsExactly("R1", "R7");
        assertThat(session.sections().getFirst().criteria()).noneMatch(Criterion::upsellMinimum);
        for (RubricVersion version : List.of(recommendation, session)) {
            assertThat(version.totalWeight()).isEqualByComparingTo("100");
            assertThat(version.sections().getFirst().criteria()).allSatisfy(criterion ->
                    assertThat(criterion.levels()).extracting(level -> level.score()).containsExactly(1, 2, 3, 4, 5));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theShadowVisitRubricExportsOneCsvRowPerCriterion(TestDatabase database) {
        RubricVersion shadow = shipped(database, "shadow-visit");

        String csv = new String(io.floorcheck.rubric.RubricCsv.export(shadow), java.nio.charset.StandardCharsets.UTF_8);
        long criteria = shadow.sections().stream().mapToLong(section -> section.criteria().size()).sum();

        assertThat(csv.lines().filter(line -> !line.isBlank()).count()).isEqualTo(criteria + 1);
        assertThat(criteria).isEqualTo(47);
        assertThat(csv).contains("section_level_5", "level_5", "Card / sensitive data");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aCriterionsShareOfTheTotalFollowsItsSection(TestDatabase database) {
        RubricVersion shadow = shipped(database, "shadow-visit");
        RubricSection liveCalls = shadow.sections().get(1);

        BigDecimal sum = liveCalls.criteria().stream().map(liveCalls::shareOfTotal)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("20");
    }
}
