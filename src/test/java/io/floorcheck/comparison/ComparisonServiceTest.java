package io.floorcheck.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.floorcheck.base.Mark;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.MemberRole;
import io.floorcheck.recommendation.LeadershipScorecardService;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.visit.Scorecard;
import io.floorcheck.visit.ScorecardService;
import io.floorcheck.visit.VisitFixture;
import io.floorcheck.visit.VisitPlan;
import io.floorcheck.visit.VisitService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
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

    record Scored(long evaluation, long first, long second) {
    }

    /** Two candidates, both visited by Ada and Ben: the first all 3s; on the second Ada gives 4s. */
    private Scored scored(String name) {
        long first = fixture.vendor(name + " One");
        long second = fixture.vendor(name + " Two");
        var setup = fixture.open(name, first, second);
        List<Long> visitIds = new ArrayList<>();
        accounts.as(EvaluationFixture.LEAD, () -> {
            evaluations.putMember(setup.id(), fixture.evaluatorB, MemberRole.EVALUATOR);
            for (long vendor : List.of(first, second)) {
                long site = evaluations.evaluation(setup.id()).candidates().stream()
                        .filter(c -> c.vendor().id() == vendor).findFirst().orElseThrow().vendor().sites().getFirst()
                        .id();
                long visit = visits.plan(setup.id(), new VisitPlan(vendor, site, LocalDateTime.of(2027, 3, 2, 9, 0),
                        null));
                visits.setAttendees(visit, List.of(fixture.evaluatorA, fixture.evaluatorB));
                visits.start(visit, visits.visit(visit).version());
                visitIds.add(visit);
            }
        });
        for (String evaluator : List.of(A, B)) {
            for (long vendor : List.of(first, second)) {
                accounts.as(evaluator, () -> evaluations.declare(setup.id(), vendor, false, null));
            }
        }
        accounts.as(A, () -> {
            fill(visitIds.get(0), 3);
            fill(visitIds.get(1), 4);
        });
        accounts.as(B, () -> {
            fill(visitIds.get(0), 3);
            fill(visitIds.get(1), 3);
        });
        for (String evaluator : List.of(A, B)) {
            accounts.as(evaluator, () -> visitIds.forEach(v -> VisitFixture.submitLeadershipCard(leadership, v)));
        }
        return new Scored(setup.id(), first, second);
    }

    /** Marks every scored criterion at the level (with the evidence note the rule asks for), gates pass; submits. */
    private void fill(long visit, int level) {
        Scorecard card = scorecards.open(visit);
        for (var criterion : card.rubric().sections().stream().flatMap(s -> s.criteria().stream()).toList()) {
            var saved = scorecards.mark(card.id(), criterion.code(), card.score(criterion.code()).version(),
                    criterion.gate() ? Mark.pass() : Mark.level(level));
            if (!criterion.gate() && level != 3) {
                scorecards.note(card.id(), criterion.code(), saved.entry().version(), "Saw it on two calls");
            }
        }
        Scorecard filled = scorecards.open(visit);
        scorecards.submit(filled.id(), filled.version());
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
        Scored scored = scored("Compared");
        accounts.as(EvaluationFixture.LEAD, () -> assertThat(comparisons.mayCompare(scored.evaluation())).isFalse());

        Comparison comparison = accounts.as(A, () -> comparisons.compute(scored.evaluation()));

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
    void theDataPackageRecomputesItsResultsByIndependentCode() throws IOException {
        Scored scored = scored("Package");
        DataPackage.File file = accounts.as(A, () -> comparisons.dataPackage(scored.evaluation()));

        assertThat(file.name()).matches("floorcheck-package-\\d{4}-\\d{2}-\\d{2}-data\\.zip");
        Map<String, String> files = unzip(file.bytes());
        assertThat(files).containsOnlyKeys("rubric.csv", "weights.csv", "scores.csv", "consensus.csv", "waivers.csv",
                "results.csv", "sections.csv", "recommendations.csv", "README.txt");
        assertThat(files.get("README.txt")).contains("SHA-256 of scores.csv: "
                + java.util.HexFormat.of().formatHex(sha256(files.get("scores.csv"))), "10000 resamples");
        assertThat(files.get("consensus.csv").strip()).as("header only until consensus is recorded")
                .isEqualTo("part,vendor,recommendation_id,criterion_code,value,not_applicable,gate_passed,rationale,"
                        + "recorded_by,recorded_at");
        assertThat(csv(files.get("scores.csv"))).allSatisfy(row -> assertThat(row.get("evaluator"))
                .isIn(A, B)).anySatisfy(row -> assertThat(row.get("evidence")).isEqualTo("Saw it on two calls"));

        Map<String, double[]> recomputed = Recompute.overall(csv(files.get("rubric.csv")),
                csv(files.get("weights.csv")).getFirst(), csv(files.get("scores.csv")));
        List<CSVRecord> results = csv(files.get("results.csv"));
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

    static List<CSVRecord> csv(String text) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The model recomputed from the package alone, written apart from the engine (maps and loops,
     * no shared code): steps 1–5 and 7–10 of the README, without agreed values or waivers.
     */
    static final class Recompute {

        record Criterion(String part, String section, double sectionWeight, double weight, double min, double max,
                boolean gate, boolean upsellMinimum) {
        }

        /** Per vendor: visit part, leadership part, overall. */
        static Map<String, double[]> overall(List<CSVRecord> rubric, CSVRecord weights, List<CSVRecord> scores) {
            Map<String, Criterion> criteria = new LinkedHashMap<>();
            for (CSVRecord r : rubric) {
                criteria.put(r.get("part") + "|" + r.get("criterion_code"), new Criterion(r.get("part"),
                        r.get("section_code"), parse(r.get("section_weight")), parse(r.get("criterion_weight")),
                        parse(r.get("scale_min")), parse(r.get("scale_max")), r.get("gate").equals("true"),
                        r.get("upsell_minimum").equals("true")));
            }
            // vendor → item (part|recommendation|criterion) → evaluator → marks
            Map<String, Map<String, Map<String, List<Double>>>> marks = new LinkedHashMap<>();
            Map<String, Boolean> upsell = new HashMap<>();
            for (CSVRecord s : scores) {
                String item = s.get("part") + "|" + s.get("recommendation_id") + "|" + s.get("criterion_code");
                var byEvaluator = marks.computeIfAbsent(s.get("vendor"), v -> new LinkedHashMap<>())
                        .computeIfAbsent(item, i -> new LinkedHashMap<>())
                        .computeIfAbsent(s.get("evaluator"), e -> new ArrayList<>());
                if (!s.get("value").isEmpty()) {
                    byEvaluator.add(Double.parseDouble(s.get("value")));
                }
                if (!s.get("recommendation_id").isEmpty()) {
                    upsell.put(s.get("recommendation_id"), s.get("upsell").equals("true"));
                }
            }
            double visitWeight = parse(weights.get("visit_weight"));
            double leadershipWeight = parse(weights.get("leadership_weight"));
            double recommendationShare = parse(weights.get("recommendation_share"));
            double sessionShare = parse(weights.get("session_share"));
            Map<String, double[]> out = new LinkedHashMap<>();
            marks.forEach((vendor, items) -> {
                Map<String, Double> values = new HashMap<>();
                items.forEach((item, byEvaluator) -> {
                    double sum = 0;
                    int raters = 0;
                    for (List<Double> own : byEvaluator.values()) {
                        if (!own.isEmpty()) {
                            sum += own.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                            raters++;
                        }
                    }
                    String[] key = item.split("\\|", -1);
                    Criterion c = criteria.get(key[0] + "|" + key[2]);
                    if (c.upsellMinimum() && !key[1].isEmpty() && upsell.get(key[1])) {
                        values.put(item, 0.0);
                    } else if (raters > 0 && !c.gate()) {
                        values.put(item, 100 * (sum / raters - c.min()) / (c.max() - c.min()));
                    }
                });
                double visit = part(criteria, values, "VISIT", "");
                double session = part(criteria, values, "SESSION", "");
                List<Double> recommendations = items.keySet().stream().filter(i -> i.startsWith("RECOMMENDATION|"))
                        .map(i -> i.split("\\|")[1]).distinct()
                        .map(id -> part(criteria, values, "RECOMMENDATION", id)).filter(v -> !Double.isNaN(v)).toList();
                double recommendation = recommendations.isEmpty() ? Double.NaN
                        : recommendations.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                double leadership = Double.isNaN(recommendation) ? session : Double.isNaN(session) ? recommendation
                        : recommendationShare * recommendation + sessionShare * session;
                double overall = Double.isNaN(visit) ? leadership : Double.isNaN(leadership) ? visit
                        : (visitWeight * visit + leadershipWeight * leadership) / 100;
                out.put(vendor, new double[] {visit, leadership, overall});
            });
            return out;
        }

        private static double part(Map<String, Criterion> criteria, Map<String, Double> values, String part,
                String recommendation) {
            Map<String, double[]> sections = new LinkedHashMap<>(); // section → {sum, weight, section weight}
            criteria.forEach((key, c) -> {
                if (!c.part().equals(part) || c.gate()) {
                    return;
                }
                Double value = values.get(part + "|" + recommendation + "|" + key.split("\\|")[1]);
                double[] s = sections.computeIfAbsent(c.section(), x -> new double[] {0, 0, c.sectionWeight()});
                if (value != null) {
                    s[0] += c.weight() * value;
                    s[1] += c.weight();
                }
            });
            double total = 0;
            double weight = 0;
            for (double[] s : sections.values()) {
                if (s[1] > 0 && s[2] > 0) {
                    total += s[2] * (s[0] / s[1]);
                    weight += s[2];
                }
            }
            return weight > 0 ? total / weight : Double.NaN;
        }

        private static double parse(String text) {
            return text.isEmpty() ? 0 : Double.parseDouble(text.startsWith("'") ? text.substring(1) : text);
        }
    }
}
