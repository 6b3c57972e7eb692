package io.floorcheck.comparison;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The model recomputed from the package alone, written apart from the engine (maps and loops,
 * no shared code): steps 1–5 and 7–10 of the README, agreed values included (waivers change no
 * number, only who may be recommended).
 */
public final class IndependentRecompute {

    private IndependentRecompute() {
    }

    /** A CSV file of the package, read by its header. */
    public static List<CSVRecord> csv(String text) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    /** The package's files by name, as text. */
    public static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    record Criterion(String part, String section, double sectionWeight, double weight, double min, double max,
            boolean gate, boolean upsellMinimum) {
    }

    /** Per vendor: visit part, leadership part, overall; no agreed values. */
    public static Map<String, double[]> overall(List<CSVRecord> rubric, CSVRecord weights, List<CSVRecord> scores) {
        return overall(rubric, weights, scores, List.of());
    }

    /** Per vendor: visit part, leadership part, overall, with the agreed values of consensus.csv. */
    public static Map<String, double[]> overall(List<CSVRecord> rubric, CSVRecord weights, List<CSVRecord> scores,
            List<CSVRecord> consensus) {
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
        // An agreed value replaces the ratings' mean; an agreed N/A leaves the criterion out.
        Map<String, Double> agreed = new HashMap<>();
        for (CSVRecord c : consensus) {
            String item = c.get("part") + "|" + c.get("recommendation_id") + "|" + c.get("criterion_code");
            marks.computeIfAbsent(c.get("vendor"), v -> new LinkedHashMap<>()).computeIfAbsent(item,
                    i -> new LinkedHashMap<>());
            agreed.put(c.get("vendor") + "#" + item, c.get("value").isEmpty() ? null : parse(c.get("value")));
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
                } else if (agreed.containsKey(vendor + "#" + item)) {
                    Double value = agreed.get(vendor + "#" + item);
                    if (value != null && !c.gate()) {
                        values.put(item, 100 * (value - c.min()) / (c.max() - c.min()));
                    }
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
