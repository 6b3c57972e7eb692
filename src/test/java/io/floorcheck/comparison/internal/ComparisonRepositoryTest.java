package io.floorcheck.comparison.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import io.floorcheck.comparison.ComparisonData;
import io.floorcheck.comparison.ComparisonData.ScoreRow;
import io.floorcheck.scoring.Part;
import io.floorcheck.testsupport.BothDatabases;
import io.floorcheck.testsupport.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Loading an evaluation's comparison data, on MariaDB and on the embedded H2. */
class ComparisonRepositoryTest extends BothDatabases {

    /** The statements a load runs, counted by a jOOQ listener. */
    private static int statements(TestDatabase database, long evaluation) {
        AtomicInteger count = new AtomicInteger();
        ExecuteListener counter = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                count.incrementAndGet();
            }
        };
        DSLContext counted = DSL.using(database.dsl().configuration()
                .derive(new DefaultExecuteListenerProvider(counter)));
        new ComparisonRepository(counted).load(evaluation).orElseThrow();
        return count.get();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void oneVendorOrTwentyTheLoadRunsTheSameFewStatements(TestDatabase database) {
        ComparisonFixture one = new ComparisonFixture(database.dsl()).seed(1);
        ComparisonFixture twenty = new ComparisonFixture(database.dsl()).seed(20);

        int forOne = statements(database, one.evaluation);
        int forTwenty = statements(database, twenty.evaluation);

        assertThat(forTwenty).isEqualTo(forOne);
        assertThat(forOne).isLessThanOrEqualTo(14);
        assertThat(new ComparisonRepository(database.dsl()).load(twenty.evaluation).orElseThrow().vendors())
                .hasSize(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void onlyMarksOnSubmittedCardsOfEvaluatorsWhoMayContributeCount(TestDatabase database) {
        ComparisonFixture fixture = new ComparisonFixture(database.dsl()).seed(3);
        ComparisonData data = new ComparisonRepository(database.dsl()).load(fixture.evaluation).orElseThrow();
        long first = fixture.vendors.get(0);
        long second = fixture.vendors.get(1);
        long third = fixture.vendors.get(2);

        assertThat(data.evaluators()).as("evaluators now with a mark that counts: Dora is a reader, Finn no longer "
                + "attends").containsExactly(fixture.email("ada"), fixture.email("ben"), fixture.email("cem"));
        assertThat(visitMarksOf(data, first)).as("Ben's draft and Cem's exclusion leave Ada's card")
                .extracting(ScoreRow::evaluator).containsOnly(fixture.email("ada"));
        assertThat(visitMarksOf(data, second)).as("Cem waits for the lead's decision")
                .extracting(ScoreRow::evaluator).containsOnly(fixture.email("ada"), fixture.email("ben"));
        assertThat(visitMarksOf(data, third)).extracting(ScoreRow::evaluator)
                .containsOnly(fixture.email("ada"), fixture.email("ben"), fixture.email("cem"));
        assertThat(data.scores()).as("the cancelled visits' cards are not there")
                .allMatch(s -> fixture.visits.contains(s.visitId()));
        assertThat(data.scores()).as("a row without a mark is no mark").noneMatch(s -> s.criterionCode().equals("1.3"));
        assertThat(data.scores()).filteredOn(s -> s.part() == Part.VISIT && s.vendorId() == first).extracting(
                        ScoreRow::criterionCode, ScoreRow::value, ScoreRow::notApplicable, ScoreRow::gatePassed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.1", 4, false, null),
                        org.assertj.core.groups.Tuple.tuple("1.2", null, true, null),
                        org.assertj.core.groups.Tuple.tuple("G1", null, false, true));

        assertThat(data.proposals()).as("the merged duplicate is not a recommendation of its own")
                .extracting(ComparisonData.ProposalRow::id).contains(fixture.keptRecommendation)
                .doesNotContain(fixture.mergedRecommendation);
        assertThat(data.scores()).filteredOn(s -> s.part() == Part.RECOMMENDATION && s.vendorId() == first)
                .singleElement().satisfies(s -> {
                    assertThat(s.recommendationId()).isEqualTo(fixture.keptRecommendation);
                    assertThat(s.upsell()).isTrue();
                    assertThat(s.value()).isEqualTo(4);
                    assertThat(s.evaluator()).isEqualTo(fixture.email("ada"));
                });
        assertThat(data.scores()).filteredOn(s -> s.part() == Part.SESSION && s.vendorId() == first)
                .extracting(ScoreRow::criterionCode).containsExactly("L1");
        assertThat(data.expectations()).hasSize(3).allSatisfy(e -> assertThat(e.score()).isEqualTo(3));

        assertThat(data.rubric()).extracting(ComparisonData.RubricRow::part).startsWith(Part.VISIT).endsWith(Part.SESSION);
        assertThat(data.rubric()).filteredOn(r -> r.part() == Part.VISIT).extracting(ComparisonData.RubricRow::criterionCode)
                .startsWith("G1", "G2", "G3", "G4", "G5", "1.1");
        assertThat(data.rubric()).filteredOn(ComparisonData.RubricRow::upsellMinimum)
                .extracting(ComparisonData.RubricRow::criterionCode).containsExactly("R1", "R7");
        assertThat(data.vendors()).extracting(ComparisonData.Vendor::label).containsExactly("V0", "V1", "V2");
        assertThat(data.weights().visit()).isEqualByComparingTo("60");
    }

    private static java.util.List<ScoreRow> visitMarksOf(ComparisonData data, long vendor) {
        return data.scores().stream().filter(s -> s.part() == Part.VISIT && s.vendorId() == vendor).toList();
    }
}
