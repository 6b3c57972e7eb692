package io.floorcheck.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.floorcheck.comparison.ComparisonData.ConsensusRow;
import io.floorcheck.comparison.ComparisonData.ProposalRow;
import io.floorcheck.comparison.ComparisonData.RubricRow;
import io.floorcheck.comparison.ComparisonData.ScoreRow;
import io.floorcheck.comparison.ComparisonData.WaiverRow;
import io.floorcheck.evaluation.Evaluation;
import io.floorcheck.scoring.CriterionValue;
import io.floorcheck.scoring.Disagreement;
import io.floorcheck.scoring.GateStatus;
import io.floorcheck.scoring.Part;
import io.floorcheck.scoring.VendorResult;

/**
 * Lays the comparison out as the consensus board: one item per vendor × criterion (visit and
 * session) and per recommendation × criterion, each with the ratings behind it and the engine's
 * numbers for it. No number is computed here; spreads, values and gate states are the engine's.
 */
final class BoardAssembly {

    /** Disputed first, widest spread first; then the rubric's order (vendor, part, criterion). */
    static final Comparator<ConsensusBoard.Item> ORDER = Comparator
            .comparing((ConsensusBoard.Item item) -> !item.disputed())
            .thenComparing(item -> Double.isNaN(item.spread()) ? Double.NEGATIVE_INFINITY : -item.spread());

    private BoardAssembly() {
    }

    static ConsensusBoard board(Evaluation evaluation, Comparison comparison, boolean mayEdit,
            Map<ItemKey, Integer> valueVersions, Map<String, Integer> waiverVersions) {
        ComparisonData data = comparison.data();
        Map<ItemKey, Map<String, List<ScoreRow>>> marks = new HashMap<>();
        for (ScoreRow s : data.scores()) {
            marks.computeIfAbsent(new ItemKey(s.part(), s.vendorId(), s.recommendationId(), s.criterionCode()),
                    k -> new LinkedHashMap<>()).computeIfAbsent(s.evaluator(), e -> new ArrayList<>()).add(s);
        }
        Map<ItemKey, Disagreement> spreads = new HashMap<>();
        comparison.result().disagreements().forEach(d -> spreads.put(
                new ItemKey(d.part(), d.vendor(), d.recommendation(), d.criterion()), d));
        Map<ItemKey, CriterionValue> values = new HashMap<>();
        comparison.result().criterionValues().forEach(v -> values.put(
                new ItemKey(v.part(), v.vendor(), v.recommendation(), v.criterion()), v));
        Map<ItemKey, ConsensusRow> agreed = new HashMap<>();
        data.consensus().forEach(c -> agreed.put(
                new ItemKey(c.part(), c.vendorId(), c.recommendationId(), c.criterionCode()), c));
        Map<String, WaiverRow> waivers = new HashMap<>();
        data.waivers().forEach(w -> waivers.put(w.vendorId() + "|" + w.gateCode(), w));

        List<ConsensusBoard.Item> items = new ArrayList<>();
        for (ComparisonData.Vendor vendor : data.vendors()) {
            VendorResult result = comparison.result().vendor(vendor.id());
            List<ProposalRow> proposals = data.proposals().stream().filter(p -> p.vendorId() == vendor.id()).toList();
            for (RubricRow row : data.rubric()) {
                if (row.part() == Part.RECOMMENDATION) {
                    for (ProposalRow proposal : proposals) {
                        items.add(item(data, vendor, proposal, row, marks, spreads, values, agreed, waivers, result,
                                valueVersions, waiverVersions));
                    }
                } else {
                    items.add(item(data, vendor, null, row, marks, spreads, values, agreed, waivers, result,
                            valueVersions, waiverVersions));
                }
            }
        }
        // A stable sort: equal spreads keep the rubric's order.
        items.sort(ORDER);
        return new ConsensusBoard(evaluation.id(), evaluation.name(), evaluation.status(), mayEdit, items);
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private static ConsensusBoard.Item item(ComparisonData data, ComparisonData.Vendor vendor, ProposalRow proposal,
            RubricRow row, Map<ItemKey, Map<String, List<ScoreRow>>> marks, Map<ItemKey, Disagreement> spreads,
            Map<ItemKey, CriterionValue> values, Map<ItemKey, ConsensusRow> agreed, Map<String, WaiverRow> waivers,
            VendorResult result, Map<ItemKey, Integer> valueVersions, Map<String, Integer> waiverVersions) {
        ItemKey key = new ItemKey(row.part(), vendor.id(), proposal == null ? null : proposal.id(),
                row.criterionCode());
        List<ConsensusBoard.Rating> ratings = new ArrayList<>();
        marks.getOrDefault(key, Map.of()).forEach((evaluator, rows) -> ratings.add(new ConsensusBoard.Rating(
                data.name(evaluator), rows.stream().map(BoardAssembly::mark).toList(),
                rows.stream().map(ScoreRow::evidence).filter(e -> e != null && !e.isBlank()).toList(),
                rows.stream().flatMap(r -> r.calls().stream()).toList(),
                rows.stream().anyMatch(ScoreRow::afterUnblinding))));
        ratings.sort(Comparator.comparing(ConsensusBoard.Rating::evaluator));
        Disagreement spread = spreads.get(key);
        CriterionValue value = values.get(key);
        ConsensusRow consensus = agreed.get(key);
        String gateKey = vendor.id() + "|" + row.criterionCode();
        WaiverRow waiver = row.gate() ? waivers.get(gateKey) : null;
        GateStatus gateStatus = row.gate() ? result.gates().getOrDefault(row.criterionCode(), GateStatus.UNSCORED) : null;
        return new ConsensusBoard.Item(key, vendor.label(), row.sectionCode(), row.sectionTitle(), row.criterionTitle(),
                proposal == null ? null : proposal.title(), row.gate(), row.scaleMin(), row.scaleMax(), row.naAllowed(),
                ratings, spread == null ? Double.NaN : spread.spread(), spread != null && spread.flagged(),
                value == null ? Double.NaN : value.value(),
                value == null ? CriterionValue.Source.NONE : value.source(), gateStatus,
                consensus == null ? null : new ConsensusBoard.Entry(new Agreed(consensus.value(),
                        consensus.notApplicable(), consensus.gatePassed()), consensus.rationale(),
                        data.name(consensus.recordedBy()), consensus.recordedAt()),
                valueVersions.getOrDefault(key, ConsensusBoard.Item.NONE),
                waiver == null ? null : new ConsensusBoard.Waiver(waiver.approver(), waiver.approverRole(),
                        waiver.reason(), data.name(waiver.recordedBy()), waiver.recordedAt()),
                waiverVersions.getOrDefault(gateKey, ConsensusBoard.Item.NONE));
    }

    /** A mark as people read it: the level, "N/A", "pass" or "fail". */
    private static String mark(ScoreRow row) {
        return row.value() != null ? row.value().toString()
                : row.gatePassed() != null ? (row.gatePassed() ? "pass" : "fail") : "N/A";
    }
}
