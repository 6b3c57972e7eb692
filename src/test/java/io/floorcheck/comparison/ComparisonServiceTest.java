package io.floorcheck.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.floorcheck.base.RuleViolation;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.recommendation.LeadershipScorecardService;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.visit.ScorecardService;
import io.floorcheck.visit.VisitService;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The comparison through its service on MariaDB: refused until the blind rule lets the reader see
 * every candidate's scores, then computed; its data package read back with Commons CSV
 * recomputes results.csv by independent code.
 */
@FloorcheckSpringTest
class ComparisonServiceTest {

    private static final String A = EvaluationFixture.EVALUATOR_A;
    private static final String B = EvaluationFixture.EVALUATOR_B;

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    @Autowired VisitService visits;
    @Autowired ScorecardService scorecards;
    @Autowired LeadershipScorecardService leadership;
    @Autowired ComparisonService comparisons;
    EvaluationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new EvaluationFixture(accounts, evaluations, vendors);
    }

    private ScoredEvaluation scored(String name) {
        return ScoredEvaluation.of(name, fixture, accounts, evaluations, visits, scorecards, leadership);
    }

    @Test
    void nobodySeesANumberBeforeTheBlindRuleLetsThemReadEveryCandidate() {
        long first = fixture.vendor("Blind One");
        long second = fixture.vendor("Blind Two");
        var setup = fixture.open("Blind comparison", first, second);

        accounts.as(A, () -> {
            assertThat(comparisons.mayCompare(setup.id())).isFalse();
            assertThatThrownBy(() -> comparisons.compute(setup.id())).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("comparison.error.blind");
        });
        accounts.as(EvaluationFixture.LEAD, () -> assertThatThrownBy(() -> comparisons.dataPackage(setup.id()))
                .as("the lead reads scores from consensus on").hasMessageContaining("comparison.error.blind"));
        accounts.as(TestAccounts.ADMIN, () -> assertThatThrownBy(() -> comparisons.compute(setup.id()))
                .as("an administrator outside the team sees nothing").isInstanceOf(RuleViolation.class));
    }

    @Test
    void anEvaluatorWhoSubmittedForEveryCandidateAndTheLeadAtConsensusGetTheComparison() {
        ScoredEvaluation scored = scored("Compared");
        accounts.as(EvaluationFixture.LEAD, () -> assertThat(comparisons.mayCompare(scored.evaluation())).isFalse());

        assertThat(accounts.as(A, () -> evaluations.unblinded(scored.evaluation(), scored.first()))).isFalse();
        Comparison comparison = accounts.as(A, () -> comparisons.compute(scored.evaluation()));
        assertThat(accounts.as(A, () -> evaluations.unblinded(scored.evaluation(), scored.first())))
                .as("the comparison shows colleagues' scores: what Ada changes now is marked").isTrue();

        // First: every criterion 3 → 50 everywhere. Second: visit (4 + 3) / 2 = 3.5 → 62.5; leadership 50.
        assertThat(comparison.result().vendor(scored.first()).overall()).isCloseTo(50, within(1e-9));
        assertThat(comparison.result().vendor(scored.second()).visitPart()).isCloseTo(62.5, within(1e-9));
        assertThat(comparison.result().vendor(scored.second()).overall())
                .isCloseTo(0.6 * 62.5 + 0.4 * 50, within(1e-9));
        assertThat(comparison.result().recommended()).isEqualTo(scored.second());

        accounts.as(EvaluationFixture.LEAD, () -> evaluations.advance(scored.evaluation(),
                evaluations.evaluation(scored.evaluation()).version()));
        assertThat(accounts.as(EvaluationFixture.LEAD, () -> comparisons.mayCompare(scored.evaluation()))).isTrue();
        assertThat(accounts.as(EvaluationFixture.READER, () -> comparisons.compute(scored.evaluation()).result()
                .recommended())).isEqualTo(scored.second());
    }

    @Test
    void theReportIsTheComparisonWithTheTeamDeclarationsSubmissionsAndTheRecordItsReaderMayRead() {
        ScoredEvaluation scored = scored("Reported");
        accounts.as(EvaluationFixture.READER, () -> assertThatThrownBy(() -> comparisons.report(scored.evaluation(),
                java.time.ZoneOffset.UTC)).as("as the comparison: a reader only from consensus on").isInstanceOf(RuleViolation.class)
                .hasMessageContaining("comparison.error.blind"));
        accounts.as(EvaluationFixture.LEAD, () -> evaluations.advance(scored.evaluation(),
                evaluations.evaluation(scored.evaluation()).version()));

        var report = accounts.as(EvaluationFixture.READER, () -> comparisons.report(scored.evaluation(),
                java.time.ZoneId.of("Europe/Paris")));
        Comparison comparison = accounts.as(EvaluationFixture.READER, () -> comparisons.compute(scored.evaluation()));
        assertThat(report.result().vendors()).isEqualTo(comparison.result().vendors());
        assertThat(report.scoresSha256()).isEqualTo(DataPackage.scoresSha256(comparison.data()));
        assertThat(report.zone()).isEqualTo(java.time.ZoneId.of("Europe/Paris"));
        assertThat(report.team()).extracting(io.floorcheck.report.ComparisonReport.Member::role)
                .contains("LEAD", "EVALUATOR", "READER");
        assertThat(report.declarations()).hasSize(4);
        assertThat(report.submissions()).as("two evaluators, two visits, a visit and a leadership card each")
                .hasSize(8);
        assertThat(report.record()).extracting(io.floorcheck.report.ComparisonReport.RecordLine::action)
                .contains("EVALUATION_STATUS");
        assertThat(report.recordComplete()).isTrue();
        assertThat(report.appVersion()).isNotBlank();
        assertThat(accounts.as(A, () -> comparisons.report(scored.evaluation(), java.time.ZoneOffset.UTC))
                .recordComplete()).as("an evaluator reads their own Record entries only").isFalse();
    }

    @Test
    void theDataPackageRecomputesItsResultsByIndependentCode() throws IOException {
        ScoredEvaluation scored = scored("Package");
        DataPackage.File file = accounts.as(A, () -> comparisons.dataPackage(scored.evaluation()));

        assertThat(file.name()).matches("floorcheck-package-\\d{4}-\\d{2}-\\d{2}-data\\.zip");
        Map<String, String> files = IndependentRecompute.unzip(file.bytes());
        assertThat(files).containsOnlyKeys("rubric.csv", "weights.csv", "scores.csv", "consensus.csv", "waivers.csv",
                "results.csv", "sections.csv", "recommendations.csv", "decision.csv", "agreement.csv",
                "sensitivity.csv", "README.txt");
        assertThat(IndependentRecompute.csv(files.get("decision.csv"))).anySatisfy(row -> {
            assertThat(row.get("item")).isEqualTo("recommended");
            assertThat(row.get("value")).startsWith("Package Two");
        });
        assertThat(files.get("README.txt")).contains("SHA-256 of scores.csv: "
                + java.util.HexFormat.of().formatHex(sha256(files.get("scores.csv"))), "10000 resamples");
        assertThat(files.get("consensus.csv").strip()).as("header only until consensus is recorded")
                .isEqualTo("part,vendor,recommendation_id,criterion_code,value,not_applicable,gate_passed,rationale,"
                        + "recorded_by,recorded_at");
        assertThat(IndependentRecompute.csv(files.get("scores.csv"))).allSatisfy(row -> assertThat(row.get("evaluator"))
                .isIn(A, B)).anySatisfy(row -> assertThat(row.get("evidence")).isEqualTo("Saw it on two calls"));

        Map<String, double[]> recomputed = IndependentRecompute.overall(IndependentRecompute.csv(files.get("rubric.csv")),
                IndependentRecompute.csv(files.get("weights.csv")).getFirst(), IndependentRecompute.csv(files.get("scores.csv")));
        List<CSVRecord> results = IndependentRecompute.csv(files.get("results.csv"));
        assertThat(results).hasSize(2);
        for (CSVRecord row : results) {
            double[] expected = recomputed.get(row.get("vendor"));
            assertThat(Double.parseDouble(row.get("visit_part"))).isCloseTo(expected[0], within(1e-9));
            assertThat(Double.parseDouble(row.get("leadership_part"))).isCloseTo(expected[1], within(1e-9));
            assertThat(Double.parseDouble(row.get("overall"))).isCloseTo(expected[2], within(1e-9));
            assertThat(row.get("gate_status")).isEqualTo("PASS");
            assertThat(Double.parseDouble(row.get("ci_low"))).isLessThanOrEqualTo(Double.parseDouble(row.get("overall")));
        }
        assertThat(results.getFirst().get("rank")).isEqualTo("1");
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
