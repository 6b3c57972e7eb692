package io.floorcheck.comparison;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.floorcheck.scoring.Inputs;
import io.floorcheck.scoring.Part;
import io.floorcheck.scoring.Rubric;
import io.floorcheck.scoring.ScoringInput;

/**
 * Everything an evaluation's comparison is computed from, as loaded in one go: the pinned
 * rubric versions, the weights, the candidates, the evaluators, and every mark that counts —
 * on submitted cards only, of evaluators who may contribute for the vendor, of visits not
 * cancelled, of recommendations not merged into another. The data package writes exactly this.
 */
public record ComparisonData(long evaluationId, String evaluationName, String status, Locked locked,
        WeightsRow weights, List<RubricRow> rubric, List<Vendor> vendors, List<String> evaluators,
        Map<String, String> names, List<ScoreRow> scores, List<ProposalRow> proposals,
        List<ExpectationRow> expectations, List<ConsensusRow> consensus, List<WaiverRow> waivers,
        List<ClosedCard> closedCards, List<VisitRow> visits) {

    public ComparisonData {
        rubric = List.copyOf(rubric);
        vendors = List.copyOf(vendors);
        evaluators = List.copyOf(evaluators);
        scores = List.copyOf(scores);
        proposals = List.copyOf(proposals);
        expectations = List.copyOf(expectations);
        consensus = List.copyOf(consensus);
        waivers = List.copyOf(waivers);
        names = Map.copyOf(names);
        closedCards = List.copyOf(closedCards);
        visits = List.copyOf(visits);
    }

    /**
     * A visit of a candidate (cancelled ones too, marked so), with the site, the local start and
     * what the lead recorded about how representative it was.
     */
    public record VisitRow(long id, long vendorId, String city, String country, java.time.LocalDateTime startsAt,
            String status, io.floorcheck.visit.VisitIntegrity integrity) {
    }

    /** When and by whom the evaluation was locked (its status LOCKED), by name. */
    public record Locked(Instant at, String by) {
    }

    /** Visit and leadership in percent, the leadership shares as fractions, as the lead set them. */
    public record WeightsRow(BigDecimal visit, BigDecimal leadership, BigDecimal recommendationShare,
            BigDecimal sessionShare) {
    }

    /** One criterion of one of the three pinned rubric versions, in rubric order. */
    public record RubricRow(Part part, long rubricVersionId, String sectionCode, BigDecimal sectionWeight,
            String criterionCode, String criterionTitle, BigDecimal criterionWeight, int scaleMin, int scaleMax,
            boolean gate, boolean naAllowed, boolean upsellMinimum, String sectionTitle) {
    }

    /** A candidate, with the name the package uses for it (its short name, made unique if need be). */
    public record Vendor(long id, String label) {
    }

    /**
     * One mark that counts: a level on the criterion's scale, N/A, or a gate's pass/fail; with the
     * evidence note and the calls linked to it (a visit mark's), when it was last saved, when its
     * card was submitted, and whether it was changed after its author could see colleagues' scores.
     */
    public record ScoreRow(Part part, long vendorId, long visitId, String evaluator, Long recommendationId,
            boolean upsell, String criterionCode, Integer value, boolean notApplicable, Boolean gatePassed,
            String evidence, Instant savedAt, Instant submittedAt, boolean afterUnblinding, List<String> calls) {

        public ScoreRow {
            calls = List.copyOf(calls);
        }
    }

    /** A card closed unsubmitted at the end of scoring: it counts for nothing, and the comparison says so. */
    public record ClosedCard(long vendorId, long visitId, String evaluator, Part part) {
    }

    /** A recommendation kept (not merged), of a visit's debrief. */
    public record ProposalRow(long id, long vendorId, long visitId, String title, boolean upsell) {
    }

    /** What an attendee expected of a visit section before the visit. */
    public record ExpectationRow(long visitId, long vendorId, String evaluator, String sectionCode, int score) {
    }

    /** An agreed value (recorded in the consensus step); recordedBy is the lead's e-mail. */
    public record ConsensusRow(Part part, long vendorId, Long recommendationId, String criterionCode, Integer value,
            boolean notApplicable, Boolean gatePassed, String rationale, String recordedBy, Instant recordedAt) {
    }

    /** A failed gate waived, with its approver (name and role) and reason; recordedBy is the lead's e-mail. */
    public record WaiverRow(long vendorId, String gateCode, String approver, String approverRole, String reason,
            String recordedBy, Instant recordedAt) {
    }

    /** A person's name for display, by the e-mail the package uses; the e-mail where unknown. */
    public String name(String email) {
        return names.getOrDefault(email, email);
    }

    public String vendorLabel(long id) {
        return vendors.stream().filter(v -> v.id() == id).map(Vendor::label).findFirst().orElse(String.valueOf(id));
    }

    /** The engine's input: the same data, as numbers. */
    public ScoringInput input() {
        Map<Part, Map<String, List<Rubric.Criterion>>> sections = new LinkedHashMap<>();
        Map<Part, Map<String, Double>> sectionWeights = new LinkedHashMap<>();
        for (RubricRow row : rubric) {
            sections.computeIfAbsent(row.part(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(row.sectionCode(), s -> new ArrayList<>())
                    .add(new Rubric.Criterion(row.criterionCode(),
                            row.criterionWeight() == null ? 0 : row.criterionWeight().doubleValue(), row.scaleMin(),
                            row.scaleMax(), row.gate(), row.upsellMinimum()));
            sectionWeights.computeIfAbsent(row.part(), p -> new LinkedHashMap<>()).put(row.sectionCode(),
                    row.sectionWeight() == null ? 0 : row.sectionWeight().doubleValue());
        }
        List<Inputs.Rating> ratings = scores.stream().map(s -> new Inputs.Rating(s.part(), s.vendorId(),
                s.evaluator(), s.visitId(), s.recommendationId(), s.criterionCode(),
                s.value() == null ? null : s.value().doubleValue(), s.gatePassed())).toList();
        return new ScoringInput(rubric(sections, sectionWeights, Part.VISIT),
                rubric(sections, sectionWeights, Part.RECOMMENDATION), rubric(sections, sectionWeights, Part.SESSION),
                new Inputs.Weights(weights.visit().doubleValue(), weights.leadership().doubleValue(),
                        weights.recommendationShare().doubleValue(), weights.sessionShare().doubleValue()),
                vendors.stream().map(v -> new Inputs.Candidate(v.id(), v.label())).toList(), evaluators, ratings,
                proposals.stream().map(p -> new Inputs.Proposal(p.id(), p.vendorId(), p.upsell())).toList(),
                consensus.stream().map(c -> new Inputs.Consensus(c.part(), c.vendorId(), c.recommendationId(),
                        c.criterionCode(), c.value() == null ? null : c.value().doubleValue(), c.gatePassed())).toList(),
                waivers.stream().map(w -> new Inputs.Waiver(w.vendorId(), w.gateCode())).toList(),
                expectations.stream().map(e -> new Inputs.Expectation(e.evaluator(), e.visitId(), e.vendorId(),
                        e.sectionCode(), e.score())).toList());
    }

    private static Rubric rubric(Map<Part, Map<String, List<Rubric.Criterion>>> sections,
            Map<Part, Map<String, Double>> weights, Part part) {
        List<Rubric.Section> list = new ArrayList<>();
        sections.getOrDefault(part, Map.of()).forEach((code, criteria) -> list.add(new Rubric.Section(code,
                weights.get(part).get(code), criteria)));
        return new Rubric(list);
    }
}
