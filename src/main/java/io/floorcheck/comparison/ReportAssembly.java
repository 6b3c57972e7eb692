package io.floorcheck.comparison;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.floorcheck.comparison.ComparisonData.RubricRow;
import io.floorcheck.comparison.ComparisonData.ScoreRow;
import io.floorcheck.evaluation.Evaluation;
import io.floorcheck.evaluation.RecordEntry;
import io.floorcheck.report.ComparisonReport;
import io.floorcheck.rubric.VersionChoice;
import io.floorcheck.scoring.Part;

/**
 * Fills the report's record from a comparison, the evaluation as its reader sees it and the Record
 * entries the report reprints: people and items named, numbers left to the engine's result.
 */
final class ReportAssembly {

    /** The Record entries the report reprints (submissions have their own table, from the scores). */
    static final Set<String> RECORD_ACTIONS = Set.of("EVALUATION_STATUS", "EVALUATION_REOPENED",
            "EVALUATION_LEAD_HANDED_OVER", "SCORECARD_REOPENED", "SCORECARD_CLOSED", "LEADERSHIP_SCORECARD_REOPENED",
            "LEADERSHIP_SCORECARD_CLOSED", "CONSENSUS_WITHDRAWN", "GATE_WAIVER_WITHDRAWN");

    private ReportAssembly() {
    }

    static ComparisonReport of(Comparison comparison, Evaluation evaluation, List<RecordEntry> record,
            boolean recordComplete, ZoneId zone, String appVersion) {
        ComparisonData data = comparison.data();
        return new ComparisonReport(data.evaluationId(), data.evaluationName(), data.status(),
                data.locked() == null ? null : new ComparisonReport.Locked(data.locked().at(), data.locked().by()),
                comparison.computedAt(), zone, appVersion, comparison.seed(), comparison.resamples(),
                DataPackage.scoresSha256(data), comparison.result(), weights(data), versions(evaluation),
                criteria(data), evidence(data), proposals(data), visits(data), agreed(data), waivers(data),
                data.closedCards().stream().map(c -> new ComparisonReport.ClosedCard(c.vendorId(),
                        data.name(c.evaluator()), c.part())).toList(),
                evaluation.members().stream().map(m -> new ComparisonReport.Member(m.name(), m.title(),
                        m.role().name())).toList(),
                evaluation.declarations().stream().sorted(Comparator.comparing(d -> d.userName() + "\u0000"
                        + d.vendorName())).map(d -> new ComparisonReport.Declaration(d.userName(), d.vendorName(),
                                d.conflict(), d.description(), d.declaredAt(), d.review().name(), d.decisionReason(),
                                d.decidedBy(), d.decidedAt())).toList(),
                submissions(data), lines(record), recordComplete);
    }

    private static ComparisonReport.Weights weights(ComparisonData data) {
        return new ComparisonReport.Weights(data.weights().visit().doubleValue(),
                data.weights().leadership().doubleValue(), data.weights().recommendationShare().doubleValue(),
                data.weights().sessionShare().doubleValue());
    }

    private static List<ComparisonReport.RubricVersion> versions(Evaluation evaluation) {
        List<ComparisonReport.RubricVersion> versions = new ArrayList<>();
        add(versions, Part.VISIT, evaluation.visitRubric());
        add(versions, Part.RECOMMENDATION, evaluation.recommendationRubric());
        add(versions, Part.SESSION, evaluation.sessionRubric());
        return versions;
    }

    private static void add(List<ComparisonReport.RubricVersion> versions, Part part, VersionChoice choice) {
        if (choice != null) {
            versions.add(new ComparisonReport.RubricVersion(part, choice.rubricName(), choice.number()));
        }
    }

    private static List<ComparisonReport.Criterion> criteria(ComparisonData data) {
        return data.rubric().stream().map(r -> new ComparisonReport.Criterion(r.part(), r.sectionCode(),
                r.sectionTitle(), r.sectionWeight() == null ? null : r.sectionWeight().doubleValue(), r.criterionCode(),
                r.criterionTitle(), r.gate() || r.criterionWeight() == null ? null : r.criterionWeight().doubleValue(),
                r.scaleMin(), r.scaleMax(), r.gate(), r.naAllowed(), r.upsellMinimum())).toList();
    }

    /** Visit evidence notes, newest mark first within a criterion, by author name. */
    private static List<ComparisonReport.Evidence> evidence(ComparisonData data) {
        return data.scores().stream().filter(s -> s.part() == Part.VISIT && s.evidence() != null
                && !s.evidence().isBlank())
                .sorted(Comparator.comparing(ScoreRow::savedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(s -> new ComparisonReport.Evidence(s.vendorId(), s.criterionCode(), data.name(s.evaluator()),
                        s.evidence())).toList();
    }

    private static List<ComparisonReport.Proposal> proposals(ComparisonData data) {
        return data.proposals().stream().map(p -> new ComparisonReport.Proposal(p.id(), p.vendorId(), p.title(),
                p.upsell())).toList();
    }

    private static List<ComparisonReport.Visit> visits(ComparisonData data) {
        return data.visits().stream().map(v -> new ComparisonReport.Visit(v.vendorId(), v.city() + ", " + v.country(),
                v.startsAt().toLocalDate(), v.status(), new ComparisonReport.Integrity(v.integrity().recorded(),
                        v.integrity().pickedAgents(), v.integrity().unsupervised(), v.integrity().focusGroupAlone(),
                        v.integrity().typicalVolume(), v.integrity().hospitality(), v.integrity().note()))).toList();
    }

    private static List<ComparisonReport.Agreed> agreed(ComparisonData data) {
        return data.consensus().stream().map(c -> new ComparisonReport.Agreed(c.part(), c.vendorId(),
                c.recommendationId(), c.recommendationId() == null ? null : data.proposals().stream()
                        .filter(p -> p.id() == c.recommendationId()).map(ComparisonData.ProposalRow::title).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Agreed value on recommendation "
                                + c.recommendationId() + ", which the comparison does not hold")),
                c.criterionCode(), title(data, c.part(), c.criterionCode()),
                c.value() != null ? String.valueOf(c.value()) : c.notApplicable() ? "N/A"
                        : Boolean.TRUE.equals(c.gatePassed()) ? "pass" : "fail",
                c.rationale(), data.name(c.recordedBy()), c.recordedAt())).toList();
    }

    private static List<ComparisonReport.Waiver> waivers(ComparisonData data) {
        return data.waivers().stream().map(w -> new ComparisonReport.Waiver(w.vendorId(), w.gateCode(),
                title(data, Part.VISIT, w.gateCode()), w.approver(), w.approverRole(), w.reason(),
                data.name(w.recordedBy()), w.recordedAt())).toList();
    }

    /** One line per card that counts: its latest submission time, oldest first. */
    private static List<ComparisonReport.Submission> submissions(ComparisonData data) {
        Map<String, ComparisonReport.Submission> cards = new LinkedHashMap<>();
        for (ScoreRow s : data.scores()) {
            if (s.submittedAt() == null) {
                continue;
            }
            Part card = s.part() == Part.VISIT ? Part.VISIT : Part.SESSION;
            cards.merge(s.evaluator() + "|" + s.visitId() + "|" + card, new ComparisonReport.Submission(
                    data.name(s.evaluator()), s.vendorId(), card, s.submittedAt()),
                    (a, b) -> a.submittedAt().isAfter(b.submittedAt()) ? a : b);
        }
        return cards.values().stream().sorted(Comparator.comparing(ComparisonReport.Submission::submittedAt))
                .toList();
    }

    /** The Record entries the report reprints, oldest first, with the change they made. */
    private static List<ComparisonReport.RecordLine> lines(List<RecordEntry> record) {
        return record.stream().filter(e -> RECORD_ACTIONS.contains(e.action()))
                .sorted(Comparator.comparing(RecordEntry::at))
                .map(e -> new ComparisonReport.RecordLine(e.at(), e.actorName(), e.action(),
                        e.subject() + (e.valuesHidden() || e.oldValue() == null && e.newValue() == null ? ""
                                : " (" + (e.oldValue() == null ? "—" : e.oldValue()) + " → "
                                        + (e.newValue() == null ? "—" : e.newValue()) + ")"),
                        e.reason())).toList();
    }

    private static String title(ComparisonData data, Part part, String code) {
        return data.rubric().stream().filter(r -> r.part() == part && r.criterionCode().equals(code))
                .map(RubricRow::criterionTitle).findFirst().orElseThrow(() -> new IllegalStateException(
                        "An agreed value or waiver on " + part + " " + code + ", which the pinned rubrics do not hold"));
    }
}
