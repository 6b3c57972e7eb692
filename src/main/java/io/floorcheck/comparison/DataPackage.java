package io.floorcheck.comparison;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.floorcheck.base.CsvText;
import io.floorcheck.comparison.ComparisonData.ConsensusRow;
import io.floorcheck.comparison.ComparisonData.RubricRow;
import io.floorcheck.comparison.ComparisonData.ScoreRow;
import io.floorcheck.comparison.ComparisonData.WaiverRow;
import io.floorcheck.scoring.Agreement;
import io.floorcheck.scoring.Flag;
import io.floorcheck.scoring.Icc;
import io.floorcheck.scoring.ScoringResult;
import io.floorcheck.scoring.Statistic;
import io.floorcheck.scoring.Tipping;
import io.floorcheck.scoring.VendorResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The data package of a comparison: a ZIP of UTF-8 CSV files (RFC 4180, a header row, numbers
 * with a dot and full precision, formula-safe cells) and a README, from which anyone with a
 * spreadsheet can recompute {@code results.csv}. Vendors by their short name, evaluators by e-mail.
 */
public final class DataPackage {

    /** The package as downloaded. */
    public record File(String name, byte[] bytes) {
    }

    private DataPackage() {
    }

    public static File of(Comparison comparison) {
        ComparisonData data = comparison.data();
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("rubric.csv", rubric(data));
        files.put("weights.csv", weights(data));
        files.put("scores.csv", scores(data));
        files.put("consensus.csv", consensus(data));
        files.put("waivers.csv", waivers(data));
        files.put("results.csv", results(comparison));
        files.put("sections.csv", sections(comparison));
        files.put("recommendations.csv", recommendations(comparison));
        files.put("decision.csv", decision(comparison));
        files.put("agreement.csv", agreement(comparison));
        files.put("sensitivity.csv", sensitivity(comparison));
        files.put("README.txt", readme(comparison, sha256(files.get("scores.csv"))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(comparison.computedAt().toEpochMilli());
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return new File(fileName(data.evaluationName(), LocalDate.ofInstant(comparison.computedAt(), ZoneOffset.UTC)),
                bytes.toByteArray());
    }

    /** {@code floorcheck-<evaluation slug>-<yyyy-mm-dd>-data.zip}; the slug in plain ASCII. */
    static String fileName(String evaluationName, LocalDate day) {
        String ascii = Normalizer.normalize(evaluationName, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ø", "o")
                .replace("Ø", "O").replace("ß", "ss");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return "floorcheck-" + (slug.isEmpty() ? "evaluation" : slug) + "-" + day + "-data.zip";
    }

    private static byte[] rubric(ComparisonData data) {
        List<List<Object>> rows = new ArrayList<>();
        for (RubricRow r : data.rubric()) {
            rows.add(List.of(r.part(), r.rubricVersionId(), r.sectionCode(), decimal(r.sectionWeight()),
                    r.criterionCode(), r.criterionTitle(), decimal(r.criterionWeight()), r.scaleMin(), r.scaleMax(),
                    r.gate(), r.naAllowed(), r.upsellMinimum()));
        }
        return csv(List.of("part", "rubric_version_id", "section_code", "section_weight", "criterion_code",
                "criterion_title", "criterion_weight", "scale_min", "scale_max", "gate", "na_allowed",
                "upsell_minimum"), rows);
    }

    private static byte[] weights(ComparisonData data) {
        var w = data.weights();
        return csv(List.of("visit_weight", "leadership_weight", "recommendation_share", "session_share"),
                List.of(List.of(decimal(w.visit()), decimal(w.leadership()), decimal(w.recommendationShare()),
                        decimal(w.sessionShare()))));
    }

    /** The SHA-256 (hex) of the package's scores.csv for this data: the PDF prints it to tie itself to the package. */
    public static String scoresSha256(ComparisonData data) {
        return sha256(scores(data));
    }

    private static byte[] scores(ComparisonData data) {
        List<List<Object>> rows = new ArrayList<>();
        for (ScoreRow s : data.scores()) {
            rows.add(List.of(s.part(), data.vendorLabel(s.vendorId()), s.visitId(), s.evaluator(),
                    text(s.recommendationId()), s.upsell(), s.criterionCode(), text(s.value()), s.notApplicable(),
                    text(s.gatePassed()), text(s.evidence()), text(s.savedAt()), text(s.submittedAt()),
                    s.afterUnblinding()));
        }
        return csv(List.of("part", "vendor", "visit_id", "evaluator", "recommendation_id", "upsell", "criterion_code",
                "value", "not_applicable", "gate_passed", "evidence", "saved_at", "submitted_at",
                "after_unblinding"), rows);
    }

    private static byte[] consensus(ComparisonData data) {
        List<List<Object>> rows = new ArrayList<>();
        for (ConsensusRow c : data.consensus()) {
            rows.add(List.of(c.part(), data.vendorLabel(c.vendorId()), text(c.recommendationId()), c.criterionCode(),
                    text(c.value()), c.notApplicable(), text(c.gatePassed()), text(c.rationale()),
                    text(c.recordedBy()), text(c.recordedAt())));
        }
        return csv(List.of("part", "vendor", "recommendation_id", "criterion_code", "value", "not_applicable",
                "gate_passed", "rationale", "recorded_by", "recorded_at"), rows);
    }

    private static byte[] waivers(ComparisonData data) {
        List<List<Object>> rows = new ArrayList<>();
        for (WaiverRow w : data.waivers()) {
            rows.add(List.of(data.vendorLabel(w.vendorId()), w.gateCode(), text(w.approver()),
                    text(w.approverRole()), text(w.reason()), text(w.recordedBy()), text(w.recordedAt())));
        }
        return csv(List.of("vendor", "gate_code", "approver", "approver_role", "reason", "recorded_by",
                "recorded_at"), rows);
    }

    private static byte[] results(Comparison comparison) {
        List<List<Object>> rows = new ArrayList<>();
        for (VendorResult v : comparison.result().vendors()) {
            rows.add(List.of(v.name(), text(v.rank()), number(v.overall()), number(v.visitPart()),
                    number(v.leadershipPart()), number(v.ciLow()), number(v.ciHigh()), v.gateStatus(),
                    v.recommendable(), v.flags().stream().map(Flag::name).collect(Collectors.joining(";"))));
        }
        return csv(List.of("vendor", "rank", "overall", "visit_part", "leadership_part", "ci_low", "ci_high",
                "gate_status", "recommendable", "flags"), rows);
    }

    private static byte[] sections(Comparison comparison) {
        List<List<Object>> rows = new ArrayList<>();
        for (VendorResult v : comparison.result().vendors()) {
            v.visitSections().forEach((code, value) -> rows.add(List.of(v.name(), "VISIT", code, number(value))));
            v.sessionSections().forEach((code, value) -> rows.add(List.of(v.name(), "SESSION", code, number(value))));
        }
        return csv(List.of("vendor", "part", "section_code", "value"), rows);
    }

    private static byte[] recommendations(Comparison comparison) {
        Map<Long, Boolean> upsell = comparison.data().proposals().stream()
                .collect(Collectors.toMap(ComparisonData.ProposalRow::id, ComparisonData.ProposalRow::upsell));
        List<List<Object>> rows = new ArrayList<>();
        for (VendorResult v : comparison.result().vendors()) {
            v.recommendations().forEach((id, value) -> rows.add(List.of(v.name(), id,
                    upsell.getOrDefault(id, false), number(value))));
        }
        return csv(List.of("vendor", "recommendation_id", "upsell", "value"), rows);
    }

    /** What the comparison concludes, one fact a row. */
    private static byte[] decision(Comparison comparison) {
        ScoringResult r = comparison.result();
        ComparisonData data = comparison.data();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("recommended", r.recommended() == null ? "" : data.vendorLabel(r.recommended())));
        rows.add(List.of("tied_for_first", r.tiedForFirst()));
        rows.add(List.of("runner_up", r.runnerUp() == null ? "" : data.vendorLabel(r.runnerUp())));
        rows.add(List.of("p_recommended_above_runner_up", number(r.recommendedBeatsRunnerUp().value())));
        rows.add(List.of("too_close_to_call", r.tooCloseToCall()));
        Tipping critical = r.mostCritical();
        rows.add(List.of("most_critical_weight", critical == null ? "" : critical.weight()));
        rows.add(List.of("most_critical_current", critical == null ? "" : number(critical.current())));
        rows.add(List.of("most_critical_tipping_weight", critical == null ? "" : number(critical.tippingWeight())));
        rows.add(List.of("most_critical_new_leader", critical == null ? "" : data.vendorLabel(critical.newLeader())));
        rows.add(List.of("bootstrap_resamples", comparison.resamples()));
        rows.add(List.of("bootstrap_seed", comparison.seed()));
        return csv(List.of("item", "value"), rows);
    }

    private static byte[] agreement(Comparison comparison) {
        Agreement a = comparison.result().agreement();
        List<List<Object>> rows = new ArrayList<>();
        Icc icc = a.icc();
        for (var entry : new Object[][] {{"icc1_1", icc.icc11()}, {"icc2_1", icc.icc21()}, {"icc3_1", icc.icc31()},
                {"icc1_k", icc.icc1k()}, {"icc2_k", icc.icc2k()}, {"icc3_k", icc.icc3k()}}) {
            Statistic s = (Statistic) entry[1];
            rows.add(List.of(entry[0], number(s.value()), Agreement.iccBand(s), text(s.undefinedBecause())));
        }
        for (var entry : new Object[][] {{"alpha_nominal", a.alphaNominal()}, {"alpha_ordinal", a.alphaOrdinal()},
                {"alpha_interval", a.alphaInterval()}, {"alpha_ratio", a.alphaRatio()}}) {
            Statistic s = (Statistic) entry[1];
            rows.add(List.of(entry[0], number(s.value()), Agreement.alphaBand(s), text(s.undefinedBecause())));
        }
        rows.add(List.of("kendall_w", number(a.kendallW().value()), Agreement.kendallBand(a.kendallW()),
                text(a.kendallW().undefinedBecause())));
        return csv(List.of("statistic", "value", "band", "undefined_because"), rows);
    }

    private static byte[] sensitivity(Comparison comparison) {
        List<List<Object>> rows = new ArrayList<>();
        for (Tipping t : comparison.result().sensitivity()) {
            rows.add(List.of(t.weight(), number(t.current()), t.tippingWeight() == null ? "" : number(t.tippingWeight()),
                    t.newLeader() == null ? "" : comparison.data().vendorLabel(t.newLeader())));
        }
        return csv(List.of("weight", "current", "tipping_weight", "new_leader"), rows);
    }

    private static byte[] csv(List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            csv.printRecord(header);
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(cell -> CsvText.neutralise(String.valueOf(cell))).toList());
            }
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return bytes.toByteArray();
    }

    /** A number with a dot and every digit the double has (its shortest exact form), empty for none. */
    static String number(double value) {
        return Double.isNaN(value) ? "" : BigDecimal.valueOf(value).toPlainString();
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof Instant instant ? instant.toString() : value.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    private static byte[] readme(Comparison comparison, String scoresSha256) {
        ComparisonData data = comparison.data();
        String version = DataPackage.class.getPackage().getImplementationVersion();
        String text = String.join("\n", Stream.of(
                "Floorcheck data package",
                "=======================",
                "",
                "Evaluation: " + data.evaluationName() + " (id " + data.evaluationId() + ", status " + data.status() + ")",
                "Computed: " + comparison.computedAt() + " by Floorcheck "
                        + (version == null ? "(development build)" : version),
                "Bootstrap: " + comparison.resamples() + " resamples, seed " + comparison.seed()
                        + " (java.util.SplittableRandom)",
                "SHA-256 of scores.csv: " + scoresSha256,
                "",
                "Every file is UTF-8 CSV (RFC 4180) with a header row. Numbers use a dot and full precision;",
                "a cell that would start with = + - @, a tab or a carriage return starts with ' so no",
                "spreadsheet runs it. Vendors are named by their short name, evaluators by e-mail.",
                "",
                "Files",
                "-----",
                "rubric.csv   The three rubric versions the evaluation pinned: part (VISIT, RECOMMENDATION,",
                "             SESSION), section and its weight (share of the part, sums to 100; empty for",
                "             a section of gates), criterion, its weight within the section, scale, whether",
                "             it is a gate (pass/fail, no weight), N/A allowed, and upsell_minimum (on a",
                "             recommendation flagged as an upsell it takes the scale minimum).",
                "weights.csv  Visit and leadership weights in percent (sum 100); within leadership the",
                "             shares of the recommendations and of the session (sum 1).",
                "scores.csv   One row per mark that counts: submitted scorecards only (drafts, cards",
                "             closed unsubmitted, cancelled visits, merged duplicate recommendations and",
                "             evaluators excluded from a vendor or waiting for the lead's decision left",
                "             out). value is on the criterion's scale, empty for N/A or a gate;",
                "             gate_passed for gates; recommendation_id for the RECOMMENDATION part;",
                "             saved_at is when the mark was last saved, submitted_at when its card was;",
                "             after_unblinding is true for a mark changed after its author could see",
                "             colleagues' scores (kept, and on the record).",
                "consensus.csv  Values the team agreed, in force (withdrawn ones are on the record",
                "             only): they replace the mean of the ratings; recorded_by is the lead.",
                "waivers.csv  Failed gates let pass, in force: approver, approver_role and reason.",
                "results.csv  Per vendor: rank (ties share one), overall, visit_part, leadership_part,",
                "             the bootstrap's 95 % interval (ci_low, ci_high), gate_status, recommendable",
                "             and flags (what was missing or left out). Empty cells: no value.",
                "sections.csv Per vendor the value of each visit and session section.",
                "recommendations.csv  Per vendor the value of each recommendation.",
                "decision.csv The recommended vendor, the runner-up, P(recommended ranks above the",
                "             runner-up), too close to call, and the most critical weight.",
                "agreement.csv  ICCs (Shrout & Fleiss 1979), Krippendorff's alphas and Kendall's W, with",
                "             their bands, or why the data cannot define them.",
                "sensitivity.csv  Per visit section weight and the visit part's share (VISIT_PART): the",
                "             nearest weight at which the recommended vendor would change, and to whom.",
                "",
                "The model (every value on 0-100)",
                "--------------------------------",
                "1. An evaluator's rating of a criterion: the mean of their marks of it over the vendor's",
                "   visits they attended (N/A left out).",
                "2. Criterion value: the agreed value where one is recorded, else the mean of the",
                "   evaluators' ratings; none when nobody rated it (or all marked N/A).",
                "3. On 0-100: 100 * (value - scale_min) / (scale_max - scale_min).",
                "4. Section value: the criterion-weighted mean of the criteria with a value (weights",
                "   renormalised). A section without any value is left out, its weight renormalised.",
                "5. Visit part: the section-weighted mean of the section values.",
                "6. Gates: FAIL on an agreed fail or, without one, any failed mark; PASS when every mark",
                "   passes; UNSCORED when unmarked; WAIVED when failed and waived. An unwaived FAIL keeps",
                "   the vendor's score and rank but it is not recommendable.",
                "7. Recommendation value: steps 2-5 on the recommendation rubric for each recommendation",
                "   kept; on an upsell scored by anyone, the upsell_minimum criteria take 0.",
                "8. Session value: the same on the session rubric (ratings over the vendor's debriefs).",
                "9. Leadership part: recommendation_share * mean of the recommendation values +",
                "   session_share * session value; with one missing, the other alone (flagged).",
                "10. Overall: (visit_weight * visit part + leadership_weight * leadership part) / 100;",
                "    with one part missing, the other alone (flagged). Rank by overall.",
                "11. Recommended vendor: the highest-ranked recommendable vendor; none when two tie.",
                "12. Bootstrap: the evaluators are those in scores.csv, in e-mail order. Each resample",
                "    draws as many of them as there are, with replacement: java.util.SplittableRandom",
                "    (seed above), nextInt(number of evaluators) per draw, resample after resample;",
                "    recompute every overall with each drawn evaluator counted as often as drawn (agreed",
                "    values fixed). A vendor none of whose raters was drawn (and with no agreed value)",
                "    has no overall in that resample and sits it out. The interval is the 2.5 % and",
                "    97.5 % percentile (linear interpolation, Hyndman & Fan type 7). The decision is too",
                "    close to call when P(recommended ranks above the runner-up) < 0.8 (ties count half).",
                "",
                "Recompute results.csv from rubric.csv, weights.csv, scores.csv, consensus.csv and",
                "waivers.csv with steps 1-11; the interval needs step 12 and the seed. The app puts each",
                "rating on 0-100 before averaging; averaging first gives the same value up to floating-",
                "point rounding (about 1e-12). Marks count only from members who are evaluators now,",
                "attend the visit, and whose declaration lets them contribute for the vendor.",
                "").toList());
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
