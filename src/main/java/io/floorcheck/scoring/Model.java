package io.floorcheck.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import io.floorcheck.scoring.Inputs.Candidate;
import io.floorcheck.scoring.Inputs.Consensus;
import io.floorcheck.scoring.Inputs.Proposal;
import io.floorcheck.scoring.Inputs.Rating;
import io.floorcheck.scoring.Inputs.Weights;

/**
 * The input compiled into arrays, so the point estimate, each evaluator's own totals and ten
 * thousand bootstrap resamples all run the same arithmetic quickly. An <em>item</em> is one
 * criterion of one part for one vendor (a recommendation criterion once per recommendation);
 * each has every evaluator's rating on 0–100 (NaN: none or N/A), and maybe a value fixed by
 * consensus or by the upsell rule.
 */
final class Model {

    final ScoringInput input;
    final List<String> evaluators;
    final Weights weights;
    final VendorModel[] vendors;

    private Model(ScoringInput input, VendorModel[] vendors) {
        this.input = input;
        this.evaluators = input.evaluators();
        this.weights = input.weights();
        this.vendors = vendors;
    }

    /** One criterion of one part of one vendor. */
    record Item(Part part, Long recommendation, Rubric.Section section, Rubric.Criterion criterion) {
    }

    /** The rubric of a part laid over a vendor's items: which items make each section, with what weights. */
    record PartModel(String[] sectionCodes, double[] sectionWeights, int[][] items, double[][] itemWeights) {

        int sections() {
            return sectionCodes.length;
        }
    }

    /** A gate of the visit rubric, for one vendor. */
    record Gate(String code, List<Boolean> marks, Boolean agreed, boolean waived) {
    }

    static final class VendorModel {
        final Candidate candidate;
        final List<Item> items = new ArrayList<>();
        /** [item][evaluator], on 0–100; NaN where the evaluator gave none or N/A. */
        double[][] ratings;
        /** The same on the criterion's own scale, for spreads. */
        double[][] raw;
        /** Agreed values on 0–100 (NaN: agreed N/A), where {@link #agreed} says there is one. */
        double[] agreedValue;
        boolean[] agreed;
        /** [item][evaluator]: marked at all (a level or N/A), for whether a recommendation was scored. */
        boolean[][] marked;
        /** The upsell rule's value (the scale minimum: 0), whatever was scored or agreed. */
        boolean[] byRule;
        PartModel visit;
        final List<PartModel> proposals = new ArrayList<>();
        final List<Long> proposalIds = new ArrayList<>();
        PartModel session;
        final List<Gate> gates = new ArrayList<>();
        /** Per evaluator and visit, per visit-criterion item: their own rating on 0–100 (perception gap). */
        final Map<String, Map<Long, Map<Integer, Double>>> visitRatingsByVisit = new TreeMap<>();

        VendorModel(Candidate candidate) {
            this.candidate = candidate;
        }
    }

    static Model compile(ScoringInput input) {
        Map<String, Integer> evaluatorIndex = new HashMap<>();
        for (String evaluator : input.evaluators()) {
            evaluatorIndex.put(evaluator, evaluatorIndex.size());
        }
        Map<Long, Integer> vendorIndex = new HashMap<>();
        VendorModel[] vendors = new VendorModel[input.candidates().size()];
        for (Candidate candidate : input.candidates()) {
            vendors[vendorIndex.size()] = new VendorModel(candidate);
            vendorIndex.put(candidate.id(), vendorIndex.size());
        }
        Set<String> waived = new HashSet<>();
        input.waivers().forEach(w -> waived.add(w.vendor() + "|" + w.gate()));
        Map<String, Consensus> agreed = new HashMap<>();
        for (Consensus c : input.consensus()) {
            agreed.put(key(c.part(), c.vendor(), c.recommendation(), c.criterion()), c);
        }
        Map<Long, List<Proposal>> proposalsByVendor = new HashMap<>();
        for (Proposal p : input.proposals()) {
            proposalsByVendor.computeIfAbsent(p.vendor(), v -> new ArrayList<>()).add(p);
        }

        // Every mark, by item key and evaluator, in visit order: a stable sum whatever the input order.
        Map<String, Map<String, TreeMap<Long, List<Rating>>>> marks = new HashMap<>();
        for (Rating r : input.ratings()) {
            if (!vendorIndex.containsKey(r.vendor())) {
                throw new IllegalArgumentException("A rating of vendor " + r.vendor() + ", not a candidate");
            }
            if (!evaluatorIndex.containsKey(r.evaluator())) {
                throw new IllegalArgumentException("A rating by " + r.evaluator() + ", not an evaluator");
            }
            marks.computeIfAbsent(key(r.part(), r.vendor(), r.recommendation(), r.criterion()), k -> new HashMap<>())
                    .computeIfAbsent(r.evaluator(), e -> new TreeMap<>())
                    .computeIfAbsent(r.visit(), v -> new ArrayList<>()).add(r);
        }

        int evaluators = input.evaluators().size();
        for (VendorModel vendor : vendors) {
            long id = vendor.candidate.id();
            vendor.visit = layOut(vendor, input.visit(), Part.VISIT, null);
            for (Proposal proposal : proposalsByVendor.getOrDefault(id, List.of())) {
                vendor.proposals.add(layOut(vendor, input.recommendation(), Part.RECOMMENDATION, proposal.id()));
                vendor.proposalIds.add(proposal.id());
            }
            vendor.session = layOut(vendor, input.session(), Part.SESSION, null);
            int items = vendor.items.size();
            vendor.ratings = new double[items][evaluators];
            vendor.raw = new double[items][evaluators];
            vendor.marked = new boolean[items][evaluators];
            vendor.agreedValue = new double[items];
            vendor.agreed = new boolean[items];
            vendor.byRule = new boolean[items];
            Set<Long> upsells = new HashSet<>();
            proposalsByVendor.getOrDefault(id, List.of()).stream().filter(Proposal::upsell)
                    .forEach(p -> upsells.add(p.id()));
            for (int i = 0; i < items; i++) {
                Item item = vendor.items.get(i);
                String key = key(item.part(), id, item.recommendation(), item.criterion().code());
                java.util.Arrays.fill(vendor.ratings[i], Double.NaN);
                java.util.Arrays.fill(vendor.raw[i], Double.NaN);
                for (var byEvaluator : marks.getOrDefault(key, Map.of()).entrySet()) {
                    int e = evaluatorIndex.get(byEvaluator.getKey());
                    vendor.marked[i][e] = true;
                    double sum = 0;
                    int count = 0;
                    for (var byVisit : byEvaluator.getValue().entrySet()) {
                        for (Rating r : byVisit.getValue()) {
                            if (r.value() != null) {
                                sum += r.value();
                                count++;
                                if (item.part() == Part.VISIT) {
                                    vendor.visitRatingsByVisit.computeIfAbsent(r.evaluator(), x -> new TreeMap<>())
                                            .computeIfAbsent(r.visit(), x -> new TreeMap<>())
                                            .put(i, item.criterion().normalise(r.value()));
                                }
                            }
                        }
                    }
                    if (count > 0) {
                        vendor.raw[i][e] = sum / count;
                        vendor.ratings[i][e] = item.criterion().normalise(sum / count);
                    }
                }
                Consensus c = agreed.get(key);
                if (c != null) {
                    vendor.agreed[i] = true;
                    vendor.agreedValue[i] = c.value() == null ? Double.NaN : item.criterion().normalise(c.value());
                }
                vendor.byRule[i] = item.part() == Part.RECOMMENDATION && item.criterion().upsellMinimum()
                        && upsells.contains(item.recommendation());
            }
            for (Rubric.Section section : input.visit().sections()) {
                for (Rubric.Criterion criterion : section.criteria()) {
                    if (criterion.gate()) {
                        String key = key(Part.VISIT, id, null, criterion.code());
                        List<Boolean> passes = new ArrayList<>();
                        marks.getOrDefault(key, Map.of()).values().forEach(byVisit -> byVisit.values()
                                .forEach(list -> list.stream().map(Rating::passed).filter(Objects::nonNull)
                                        .forEach(passes::add)));
                        Consensus c = agreed.get(key);
                        vendor.gates.add(new Gate(criterion.code(), passes, c == null ? null : c.passed(),
                                waived.contains(id + "|" + criterion.code())));
                    }
                }
            }
        }
        return new Model(input, vendors);
    }

    /** Adds the vendor's items of one part (a recommendation's, when one is named) and how they aggregate. */
    private static PartModel layOut(VendorModel vendor, Rubric rubric, Part part, Long recommendation) {
        List<String> codes = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<int[]> items = new ArrayList<>();
        List<double[]> itemWeights = new ArrayList<>();
        for (Rubric.Section section : rubric.sections()) {
            List<Rubric.Criterion> scored = section.criteria().stream().filter(c -> !c.gate()).toList();
            if (scored.isEmpty()) {
                continue;
            }
            int[] indexes = new int[scored.size()];
            double[] w = new double[scored.size()];
            for (int c = 0; c < scored.size(); c++) {
                indexes[c] = vendor.items.size();
                w[c] = scored.get(c).weight();
                vendor.items.add(new Item(part, recommendation, section, scored.get(c)));
            }
            codes.add(section.code());
            weights.add(section.weight());
            items.add(indexes);
            itemWeights.add(w);
        }
        return new PartModel(codes.toArray(String[]::new), weights.stream().mapToDouble(Double::doubleValue).toArray(),
                items.toArray(int[][]::new), itemWeights.toArray(double[][]::new));
    }

    static String key(Part part, long vendor, Long recommendation, String criterion) {
        return part + "|" + vendor + "|" + (recommendation == null ? "" : recommendation) + "|" + criterion;
    }
}
