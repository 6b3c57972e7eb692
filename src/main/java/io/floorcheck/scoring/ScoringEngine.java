package io.floorcheck.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import io.floorcheck.scoring.Inputs.Expectation;
import io.floorcheck.scoring.Model.Gate;
import io.floorcheck.scoring.Model.Item;
import io.floorcheck.scoring.Model.VendorModel;

/**
 * Turns an evaluation's submitted scores into its decision: every vendor's parts, overall, gate
 * status and rank; the recommended vendor; how far the evaluators agree; how sure the ranking is
 * (a bootstrap over evaluators) and how far a weight must move to change it. The same input and
 * seed give the same result bit for bit. See the README's methodology for the model.
 */
public final class ScoringEngine {

    public static final int DEFAULT_RESAMPLES = 10_000;
    public static final long DEFAULT_SEED = 20_261_202L;

    private ScoringEngine() {
    }

    public static ScoringResult compute(ScoringInput input) {
        return compute(input, DEFAULT_RESAMPLES, DEFAULT_SEED);
    }

    public static ScoringResult compute(ScoringInput input, int resamples, long seed) {
        Model model = Model.compile(input);
        int vendorCount = model.vendors.length;
        int evaluatorCount = model.evaluators.size();
        double[] everyone = new double[evaluatorCount];
        Arrays.fill(everyone, 1);

        List<VendorResult> points = new ArrayList<>();
        List<CriterionValue> criterionValues = new ArrayList<>();
        double[][] visitSections = new double[vendorCount][];
        double[] leadership = new double[vendorCount];
        double[] visit = new double[vendorCount];
        for (int v = 0; v < vendorCount; v++) {
            VendorModel vendor = model.vendors[v];
            double[] values = new double[vendor.items.size()];
            Aggregate.itemValues(vendor, everyone, true, values);
            criterionValues.addAll(criterionValues(vendor, values));
            points.add(pointEstimate(model, vendor, values));
            visitSections[v] = new double[vendor.visit.sections()];
            visit[v] = Aggregate.part(vendor.visit, values, visitSections[v]);
            leadership[v] = points.get(v).leadershipPart();
        }
        List<VendorResult> ranked = rank(points);

        Bootstrap bootstrap = bootstrap(model, resamples, seed);
        List<VendorResult> withIntervals = new ArrayList<>();
        for (VendorResult vendor : ranked) {
            int index = bootstrap.vendorIds().indexOf(vendor.id());
            withIntervals.add(vendor.withInterval(bootstrap.low()[index], bootstrap.high()[index]));
        }

        List<VendorResult> contenders = withIntervals.stream()
                .filter(v -> v.recommendable() && v.rank() != null).toList();
        boolean tied = contenders.size() > 1 && Aggregate.same(contenders.get(0).overall(), contenders.get(1).overall());
        Long recommended = contenders.isEmpty() || tied ? null : contenders.getFirst().id();
        Long runnerUp = recommended == null || contenders.size() < 2 ? null : contenders.get(1).id();
        Statistic beats = runnerUp == null ? Statistic.undefined(recommended == null
                ? "no vendor is recommended" : "no other vendor can be recommended")
                : probability(bootstrap.probabilityAbove(recommended, runnerUp));
        boolean tooClose = beats.defined() && beats.value() < ScoringResult.TOO_CLOSE;

        List<Tipping> sensitivity = new ArrayList<>();
        if (recommended != null) {
            sensitivity = sensitivity(model, visitSections, visit, leadership, points, recommended);
        }
        Tipping mostCritical = sensitivity.stream().filter(t -> t.tippingWeight() != null)
                .min(Comparator.comparingDouble(Tipping::distance)).orElse(null);

        List<PerceptionGap> gaps = perceptionGaps(model);
        return new ScoringResult(withIntervals, recommended, tied, runnerUp, beats, tooClose, agreement(model),
                disagreements(model), bootstrap, sensitivity, mostCritical, gaps, meanGaps(model, gaps),
                evaluatorTotals(model), criterionValues);
    }

    /** Each item's value as it enters its section, and where it comes from. */
    private static List<CriterionValue> criterionValues(VendorModel vendor, double[] values) {
        List<CriterionValue> found = new ArrayList<>();
        for (int i = 0; i < vendor.items.size(); i++) {
            Model.Item item = vendor.items.get(i);
            // The rule's criteria are 0 exactly when the rule applied (an upsell nobody scored stays unscored).
            CriterionValue.Source source = vendor.byRule[i] && !Double.isNaN(values[i])
                    ? CriterionValue.Source.UPSELL_RULE
                    : vendor.agreed[i] ? CriterionValue.Source.AGREED
                    : Double.isNaN(values[i]) ? CriterionValue.Source.NONE : CriterionValue.Source.RATINGS;
            found.add(new CriterionValue(item.part(), vendor.candidate.id(), item.recommendation(),
                    item.criterion().code(), values[i], source));
        }
        return found;
    }

    private static Statistic probability(double p) {
        return Double.isNaN(p) ? Statistic.undefined("no resample had both vendors scored") : Statistic.of(p);
    }

    // ---- Point estimate ----

    private static VendorResult pointEstimate(Model model, VendorModel vendor, double[] values) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        double[] visitSections = new double[vendor.visit.sections()];
        double visit = Aggregate.part(vendor.visit, values, visitSections);
        Map<String, Double> sections = new LinkedHashMap<>();
        for (int s = 0; s < visitSections.length; s++) {
            if (Double.isNaN(visitSections[s])) {
                if (vendor.visit.sectionWeights()[s] > 0 && !Double.isNaN(visit)) {
                    flags.add(Flag.SECTION_EXCLUDED);
                }
            } else {
                sections.put(vendor.visit.sectionCodes()[s], visitSections[s]);
            }
        }
        double[] each = new double[vendor.proposals.size()];
        double recommendations = Aggregate.recommendations(vendor, values, each);
        Map<Long, Double> byRecommendation = new LinkedHashMap<>();
        for (int p = 0; p < each.length; p++) {
            if (!Double.isNaN(each[p])) {
                byRecommendation.put(vendor.proposalIds.get(p), each[p]);
            }
        }
        double[] sessionSections = new double[vendor.session.sections()];
        double session = Aggregate.part(vendor.session, values, sessionSections);
        Map<String, Double> sessionBySection = new LinkedHashMap<>();
        for (int s = 0; s < sessionSections.length; s++) {
            if (!Double.isNaN(sessionSections[s])) {
                sessionBySection.put(vendor.session.sectionCodes()[s], sessionSections[s]);
            }
        }
        double leadership = Aggregate.leadership(model.weights, recommendations, session);
        double overall = Aggregate.overall(model.weights, visit, leadership);
        if (Double.isNaN(overall)) {
            flags.add(Flag.NOT_SCORED);
        } else {
            if (Double.isNaN(visit)) {
                flags.add(Flag.VISIT_PART_MISSING);
            }
            if (Double.isNaN(leadership)) {
                flags.add(Flag.LEADERSHIP_PART_MISSING);
            }
        }
        if (!Double.isNaN(leadership)) {
            if (Double.isNaN(recommendations)) {
                flags.add(Flag.NO_RECOMMENDATIONS);
            }
            if (Double.isNaN(session)) {
                flags.add(Flag.NO_SESSION_SCORE);
            }
        }
        Map<String, GateStatus> gates = new LinkedHashMap<>();
        GateStatus worst = GateStatus.PASS;
        for (Gate gate : vendor.gates) {
            GateStatus status = gateStatus(gate);
            gates.put(gate.code(), status);
            if (status.compareTo(worst) > 0) {
                worst = status;
            }
            switch (status) {
                case FAIL -> flags.add(Flag.GATE_FAILED);
                case WAIVED -> flags.add(Flag.GATE_WAIVED);
                case UNSCORED -> flags.add(Flag.GATE_UNSCORED);
                case PASS -> { }
            }
        }
        boolean recommendable = !gates.containsValue(GateStatus.FAIL);
        return new VendorResult(vendor.candidate.id(), vendor.candidate.name(), null, overall, visit, leadership,
                recommendations, session, sections, byRecommendation, sessionBySection, gates, worst, recommendable,
                flags, Double.NaN, Double.NaN);
    }

    /** FAIL on an agreed fail or, without agreement, any failed mark; PASS when every mark passes. */
    static GateStatus gateStatus(Gate gate) {
        boolean failed = gate.agreed() != null ? !gate.agreed() : gate.marks().contains(Boolean.FALSE);
        if (failed) {
            return gate.waived() ? GateStatus.WAIVED : GateStatus.FAIL;
        }
        return gate.agreed() != null || !gate.marks().isEmpty() ? GateStatus.PASS : GateStatus.UNSCORED;
    }

    /** By overall, highest first; equal overalls share a rank (1, 1, 3); no overall, no rank (by id, last). */
    private static List<VendorResult> rank(List<VendorResult> points) {
        List<VendorResult> sorted = points.stream().sorted(Comparator
                .comparing((VendorResult v) -> Double.isNaN(v.overall()))
                .thenComparing(VendorResult::overall, Comparator.reverseOrder())
                .thenComparingLong(VendorResult::id)).toList();
        List<VendorResult> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            VendorResult v = sorted.get(i);
            Integer rank = null;
            if (!Double.isNaN(v.overall())) {
                rank = i > 0 && Aggregate.same(sorted.get(i - 1).overall(), v.overall()) ? ranked.get(i - 1).rank()
                        : i + 1;
            }
            ranked.add(new VendorResult(v.id(), v.name(), rank, v.overall(), v.visitPart(), v.leadershipPart(),
                    v.recommendationComponent(), v.sessionComponent(), v.visitSections(), v.recommendations(),
                    v.sessionSections(), v.gates(), v.gateStatus(), v.recommendable(), v.flags(), v.ciLow(),
                    v.ciHigh()));
        }
        return ranked;
    }

    // ---- Bootstrap ----

    /**
     * Resample r draws as many evaluators as there are, uniformly with replacement
     * ({@code SplittableRandom(seed).nextInt(E)}, resample after resample), and recomputes every
     * vendor's overall with each drawn evaluator's ratings counted as often as drawn; agreed
     * values stay as they are.
     */
    private static Bootstrap bootstrap(Model model, int resamples, long seed) {
        int vendorCount = model.vendors.length;
        int evaluatorCount = model.evaluators.size();
        double[][] overall = new double[vendorCount][resamples];
        // The draws first, in order from the one seeded generator; then each vendor's overalls, which
        // depend on the draws only, vendor by vendor in parallel: the same figures on any number of cores.
        SplittableRandom random = new SplittableRandom(seed);
        double[][] times = new double[resamples][evaluatorCount];
        for (int r = 0; r < resamples; r++) {
            for (int k = 0; k < evaluatorCount; k++) {
                times[r][random.nextInt(evaluatorCount)]++;
            }
        }
        IntStream.range(0, vendorCount).parallel().forEach(v -> {
            double[] values = new double[model.vendors[v].items.size()];
            for (int r = 0; r < resamples; r++) {
                Aggregate.itemValues(model.vendors[v], times[r], true, values);
                overall[v][r] = Aggregate.overall(model.weights, model.vendors[v], values);
            }
        });
        int[] used = new int[vendorCount];
        double[] low = new double[vendorCount];
        double[] high = new double[vendorCount];
        for (int v = 0; v < vendorCount; v++) {
            double[] defined = Arrays.stream(overall[v]).filter(x -> !Double.isNaN(x)).sorted().toArray();
            used[v] = defined.length;
            low[v] = percentile(defined, 0.025);
            high[v] = percentile(defined, 0.975);
        }
        double[][] above = new double[vendorCount][vendorCount];
        for (int a = 0; a < vendorCount; a++) {
            for (int b = 0; b < vendorCount; b++) {
                double wins = 0;
                int both = 0;
                for (int r = 0; r < resamples; r++) {
                    double x = overall[a][r];
                    double y = overall[b][r];
                    if (!Double.isNaN(x) && !Double.isNaN(y)) {
                        both++;
                        wins += Aggregate.same(x, y) ? 0.5 : x > y ? 1 : 0;
                    }
                }
                above[a][b] = a == b ? Double.NaN : both == 0 ? Double.NaN : wins / both;
            }
        }
        List<Long> ids = Arrays.stream(model.vendors).map(v -> v.candidate.id()).toList();
        return new Bootstrap(seed, resamples, ids, used, low, high, above);
    }

    /** The p-quantile of sorted values, interpolated between order statistics (Hyndman &amp; Fan type 7). */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    // ---- Agreement and disagreement ----

    /**
     * Targets: every scored visit criterion of every vendor rated by anyone; raters: the
     * evaluators who rated any of them (one who rated no visit criterion would leave no complete row).
     */
    private static Agreement agreement(Model model) {
        List<double[]> rows = new ArrayList<>();
        for (VendorModel vendor : model.vendors) {
            for (int i = 0; i < vendor.items.size(); i++) {
                if (vendor.items.get(i).part() == Part.VISIT
                        && Arrays.stream(vendor.ratings[i]).anyMatch(x -> !Double.isNaN(x))) {
                    rows.add(vendor.ratings[i]);
                }
            }
        }
        int[] raters = java.util.stream.IntStream.range(0, model.evaluators.size())
                .filter(e -> rows.stream().anyMatch(row -> !Double.isNaN(row[e]))).toArray();
        double[][] table = rows.stream().map(row -> Arrays.stream(raters).mapToDouble(e -> row[e]).toArray())
                .toArray(double[][]::new);
        Ratings ratings = Ratings.of(table.length == 0 ? new double[0][raters.length] : table);
        // Kendall's W: the evaluators who have a visit total of their own for every vendor.
        List<double[]> totals = new ArrayList<>();
        for (int e = 0; e < model.evaluators.size(); e++) {
            double[] own = new double[model.vendors.length];
            for (int v = 0; v < model.vendors.length; v++) {
                own[v] = ownTotals(model, model.vendors[v], e, null)[0];
            }
            if (Arrays.stream(own).noneMatch(Double::isNaN)) {
                totals.add(own);
            }
        }
        double[][] byVendor = new double[model.vendors.length][totals.size()];
        for (int e = 0; e < totals.size(); e++) {
            for (int v = 0; v < model.vendors.length; v++) {
                byVendor[v][e] = totals.get(e)[v];
            }
        }
        Statistic w = totals.size() < 2 ? Statistic.undefined("fewer than two evaluators rated every vendor")
                : KendallW.of(Ratings.of(byVendor));
        return new Agreement(Icc.of(ratings), KrippendorffAlpha.of(ratings, KrippendorffAlpha.Metric.NOMINAL),
                KrippendorffAlpha.of(ratings, KrippendorffAlpha.Metric.ORDINAL),
                KrippendorffAlpha.of(ratings, KrippendorffAlpha.Metric.INTERVAL),
                KrippendorffAlpha.of(ratings, KrippendorffAlpha.Metric.RATIO), w, totals.size());
    }

    private static List<Disagreement> disagreements(Model model) {
        List<Disagreement> found = new ArrayList<>();
        for (VendorModel vendor : model.vendors) {
            for (int i = 0; i < vendor.items.size(); i++) {
                double[] raw = Arrays.stream(vendor.raw[i]).filter(x -> !Double.isNaN(x)).toArray();
                if (raw.length < 2) {
                    continue;
                }
                Item item = vendor.items.get(i);
                double max = Arrays.stream(raw).max().orElseThrow();
                double min = Arrays.stream(raw).min().orElseThrow();
                double mean = Arrays.stream(raw).average().orElseThrow();
                double squares = Arrays.stream(raw).map(x -> (x - mean) * (x - mean)).sum();
                double range = item.criterion().scaleMax() - item.criterion().scaleMin();
                found.add(new Disagreement(item.part(), vendor.candidate.id(), item.recommendation(),
                        item.criterion().code(), raw.length, max - min, Math.sqrt(squares / (raw.length - 1)),
                        max - min >= Disagreement.FLAG_SHARE * range - 1e-12));
            }
        }
        return found;
    }

    // ---- Sensitivity ----

    private static List<Tipping> sensitivity(Model model, double[][] visitSections, double[] visit,
            double[] leadership, List<VendorResult> points, long recommended) {
        int vendorCount = model.vendors.length;
        long[] ids = new long[vendorCount];
        boolean[] recommendable = new boolean[vendorCount];
        int leader = -1;
        for (int v = 0; v < vendorCount; v++) {
            ids[v] = model.vendors[v].candidate.id();
            recommendable[v] = points.get(v).recommendable() && !Double.isNaN(points.get(v).overall());
            if (ids[v] == recommended) {
                leader = v;
            }
        }
        List<Tipping> tippings = new ArrayList<>();
        Model.PartModel layout = model.vendors.length == 0 ? null : model.vendors[0].visit;
        if (layout != null) {
            for (int k = 0; k < layout.sections(); k++) {
                if (layout.sectionWeights()[k] > 0) {
                    tippings.add(Sensitivity.section(model.weights, layout.sectionWeights(), layout.sectionCodes(), k,
                            visitSections, leadership, recommendable, ids, leader));
                }
            }
        }
        tippings.add(Sensitivity.partSplit(model.weights, visit, leadership, recommendable, ids, leader));
        return tippings;
    }

    // ---- Perception gap and evaluators' own totals ----

    private static List<PerceptionGap> perceptionGaps(Model model) {
        List<PerceptionGap> gaps = new ArrayList<>();
        List<Expectation> expectations = model.input.expectations().stream()
                .sorted(Comparator.comparing(Expectation::evaluator).thenComparingLong(Expectation::vendor)
                        .thenComparingLong(Expectation::visit).thenComparing(Expectation::section))
                .toList();
        for (Expectation expectation : expectations) {
            VendorModel vendor = Arrays.stream(model.vendors).filter(v -> v.candidate.id() == expectation.vendor())
                    .findFirst().orElse(null);
            if (vendor == null) {
                continue;
            }
            Rubric.Section section = model.input.visit().sections().stream()
                    .filter(s -> s.code().equals(expectation.section())).findFirst().orElse(null);
            Map<Integer, Double> own = vendor.visitRatingsByVisit.getOrDefault(expectation.evaluator(), Map.of())
                    .getOrDefault(expectation.visit(), Map.of());
            if (section == null || own.isEmpty()) {
                continue;
            }
            double sum = 0;
            double weight = 0;
            for (int i = 0; i < vendor.items.size(); i++) {
                Item item = vendor.items.get(i);
                Double rating = own.get(i);
                if (item.part() == Part.VISIT && item.section().code().equals(section.code()) && rating != null) {
                    sum += item.criterion().weight() * rating;
                    weight += item.criterion().weight();
                }
            }
            if (weight == 0) {
                continue;
            }
            double scored = sum / weight;
            double expected = 100 * (expectation.score() - section.scaleMin()) / (section.scaleMax() - section.scaleMin());
            gaps.add(new PerceptionGap(expectation.evaluator(), expectation.vendor(), expectation.visit(),
                    section.code(), expected, scored, scored - expected));
        }
        return gaps;
    }

    private static Map<String, Double> meanGaps(Model model, List<PerceptionGap> gaps) {
        Map<String, Double> means = new LinkedHashMap<>();
        for (Rubric.Section section : model.input.visit().sections()) {
            double[] ofSection = gaps.stream().filter(g -> g.section().equals(section.code()))
                    .mapToDouble(PerceptionGap::gap).toArray();
            if (ofSection.length > 0) {
                means.put(section.code(), Arrays.stream(ofSection).sum() / ofSection.length);
            }
        }
        return means;
    }

    private static List<EvaluatorTotal> evaluatorTotals(Model model) {
        List<EvaluatorTotal> totals = new ArrayList<>();
        for (int e = 0; e < model.evaluators.size(); e++) {
            for (VendorModel vendor : model.vendors) {
                double[] sections = new double[vendor.visit.sections()];
                double[] own = ownTotals(model, vendor, e, sections);
                if (!Double.isNaN(own[2])) {
                    Map<String, Double> bySection = new LinkedHashMap<>();
                    for (int s = 0; s < sections.length; s++) {
                        bySection.put(vendor.visit.sectionCodes()[s], sections[s]);
                    }
                    totals.add(new EvaluatorTotal(model.evaluators.get(e), vendor.candidate.id(), own[0], own[1],
                            own[2], bySection));
                }
            }
        }
        return totals;
    }

    /** One evaluator's visit part, leadership part and overall of a vendor, from their ratings alone. */
    private static double[] ownTotals(Model model, VendorModel vendor, int evaluator, double[] sections) {
        double[] times = new double[model.evaluators.size()];
        times[evaluator] = 1;
        double[] values = new double[vendor.items.size()];
        Aggregate.itemValues(vendor, times, false, values);
        double visit = Aggregate.part(vendor.visit, values, sections);
        double leadership = Aggregate.leadership(model.weights, Aggregate.recommendations(vendor, values, null),
                Aggregate.part(vendor.session, values, null));
        return new double[] {visit, leadership, Aggregate.overall(model.weights, visit, leadership)};
    }
}
