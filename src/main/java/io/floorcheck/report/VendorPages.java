package io.floorcheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.floorcheck.report.ComparisonPdf.Sheet;
import io.floorcheck.scoring.CriterionValue;
import io.floorcheck.scoring.Part;
import io.floorcheck.scoring.PerceptionGap;
import io.floorcheck.scoring.VendorResult;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A page or two per candidate: where we went and how representative it was, its three strongest
 * and three weakest criteria with what the evaluators wrote, its leadership's best
 * recommendations, and what we expected against what we saw.
 */
final class VendorPages {

    static final int EXTREMES = 3;
    static final int QUOTES = 2;
    static final int QUOTE_CAP = 280;
    static final int RECOMMENDATIONS = 5;

    private VendorPages() {
    }

    static void add(Sheet sheet) {
        for (VendorResult vendor : sheet.result().vendors()) {
            page(sheet, vendor);
        }
    }

    private static void page(Sheet sheet, VendorResult v) {
        ReportText t = sheet.t();
        Locale locale = sheet.locale();
        sheet.newPage();
        sheet.add(Layout.title(v.rank() == null ? t.get("report.vendorUnranked", v.name())
                : t.get("report.vendorTitle", v.rank(), v.name())));
        sheet.add(Layout.paragraph(t.get("report.vendorSummary", Figures.score(v.overall(), locale),
                Figures.score(v.ciLow(), locale), Figures.score(v.ciHigh(), locale),
                Figures.score(v.visitPart(), locale), Figures.score(v.leadershipPart(), locale))));
        sheet.add(Layout.paragraph(t.get("report.vendorGates", sheet.gates(v))
                + (v.flags().isEmpty() ? "" : " · " + sheet.flags(v))));
        if (Objects.equals(v.id(), sheet.result().recommended())) {
            sheet.add(Layout.text(t.get("report.recommended"), Layout.BODY, true, Layout.ACCENT, 2));
        }
        visits(sheet, v);
        extremes(sheet, v);
        leadership(sheet, v);
        expectations(sheet, v);
    }

    private static void visits(Sheet sheet, VendorResult v) {
        ReportText t = sheet.t();
        List<ComparisonReport.Visit> visits = sheet.report().visits().stream().filter(x -> x.vendorId() == v.id())
                .toList();
        if (visits.isEmpty()) {
            sheet.add(Layout.headed(t.get("report.sitesTitle"), t.get("comparison.visits.none")));
            return;
        }
        PdfPTable table = Layout.table(t.get("report.sitesTitle"), null, new float[] {1.8f, 1.1f, 1, 4.2f}, List.of(t.get("comparison.visits.site"),
                t.get("comparison.visits.date"), t.get("comparison.visits.state"), t.get("comparison.visits.integrity")));
        for (ComparisonReport.Visit visit : visits) {
            Layout.row(table, visit.site(), t.date(visit.date()), t.get("visits.status." + visit.status()),
                    integrity(t, visit.integrity()));
        }
        sheet.add(table);
    }

    private static String integrity(ReportText t, ComparisonReport.Integrity integrity) {
        if (!integrity.recorded()) {
            return t.get("comparison.visits.integrityMissing");
        }
        List<String> parts = new ArrayList<>();
        parts.add(t.get("comparison.visits.picked." + integrity.pickedAgents()));
        parts.add(t.get("comparison.visits.unsupervised." + integrity.unsupervised()));
        parts.add(t.get("comparison.visits.focusGroup." + integrity.focusGroupAlone()));
        parts.add(t.get("comparison.visits.volume." + integrity.typicalVolume()));
        if (integrity.hospitality() != null) {
            parts.add(t.get("comparison.visits.hospitality", PdfText.capped(integrity.hospitality(),
                    RecordPages.NOTE_CAP, t.get("report.truncatedRecord"))));
        }
        if (integrity.note() != null) {
            parts.add(PdfText.capped(integrity.note(), RecordPages.NOTE_CAP, t.get("report.truncatedRecord")));
        }
        return String.join(" · ", parts);
    }

    /** The three strongest and three weakest visit criteria with a value, each with up to two quotes. */
    private static void extremes(Sheet sheet, VendorResult v) {
        ReportText t = sheet.t();
        List<CriterionValue> valued = sheet.result().criterionValues().stream()
                .filter(c -> c.part() == Part.VISIT && c.vendor() == v.id() && !Double.isNaN(c.value()))
                .sorted(Comparator.comparingDouble(CriterionValue::value).reversed()).toList();
        if (valued.isEmpty()) {
            sheet.add(Layout.headed(t.get("report.strongestTitle"), t.get("report.noCriterionValues")));
            return;
        }
        int strong = Math.min(EXTREMES, valued.size());
        sheet.add(criteria(sheet, v, t.get("report.strongestTitle"), valued.subList(0, strong)));
        List<CriterionValue> weakest = new ArrayList<>(valued.subList(Math.max(strong, valued.size() - EXTREMES),
                valued.size()));
        if (!weakest.isEmpty()) {
            java.util.Collections.reverse(weakest);
            sheet.add(criteria(sheet, v, t.get("report.weakestTitle"), weakest));
        }
    }

    private static PdfPTable criteria(Sheet sheet, VendorResult v, String heading, List<CriterionValue> values) {
        ReportText t = sheet.t();
        PdfPTable table = Layout.table(heading, null, new float[] {2.2f, 0.9f, 5}, List.of(t.get("heatmap.criterion"),
                t.get("agreement.value"), t.get("report.evidence")));
        for (CriterionValue value : values) {
            table.addCell(Layout.cell(value.criterion() + " " + sheet.criterionTitle(Part.VISIT, value.criterion())));
            table.addCell(Layout.number(Figures.score(value.value(), sheet.locale())
                    + (value.source() == CriterionValue.Source.AGREED ? " ●" : "")));
            List<String> quotes = sheet.report().evidence().stream()
                    .filter(e -> e.vendorId() == v.id() && e.criterionCode().equals(value.criterion()))
                    .limit(QUOTES).map(e -> "“" + PdfText.capped(e.text(), QUOTE_CAP, t.get("report.truncated"))
                            + "” — " + e.author()).toList();
            table.addCell(Layout.cell(quotes.isEmpty() ? t.get("report.noEvidence") : String.join("\n", quotes)));
        }
        return table;
    }

    private static void leadership(Sheet sheet, VendorResult v) {
        ReportText t = sheet.t();
        Locale locale = sheet.locale();
        String heading = t.get("report.leadershipTitle", Figures.score(v.leadershipPart(), locale),
                Figures.score(v.sessionComponent(), locale), Figures.score(v.recommendationComponent(), locale));
        List<Map.Entry<Long, Double>> scored = v.recommendations().entrySet().stream()
                .filter(e -> !Double.isNaN(e.getValue()))
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed()).toList();
        if (scored.isEmpty()) {
            sheet.add(Layout.headed(heading, t.get("report.noRecommendations")));
            return;
        }
        PdfPTable table = Layout.table(heading, null, new float[] {5, 1, 1.6f}, List.of(t.get("comparison.leadership.recommendation"),
                t.get("comparison.leadership.value"), t.get("comparison.leadership.flag")));
        for (Map.Entry<Long, Double> entry : scored.subList(0, Math.min(RECOMMENDATIONS, scored.size()))) {
            ComparisonReport.Proposal proposal = sheet.report().proposals().stream()
                    .filter(p -> p.id() == entry.getKey()).findFirst().orElseThrow();
            table.addCell(Layout.cell(PdfText.capped(proposal.title(), RecordPages.NOTE_CAP, t.get("report.truncated"))));
            table.addCell(Layout.number(Figures.score(entry.getValue(), locale)));
            table.addCell(proposal.upsell() ? Layout.strong(t.get("comparison.leadership.upsell")) : Layout.cell(""));
        }
        sheet.add(table);
        if (scored.size() > RECOMMENDATIONS) {
            sheet.add(Layout.muted(t.get("report.moreRecommendations", scored.size() - RECOMMENDATIONS)));
        }
        long upsells = sheet.report().proposals().stream().filter(p -> p.vendorId() == v.id() && p.upsell()).count();
        if (upsells > 0) {
            sheet.add(Layout.muted(t.get("report.upsellCount", upsells)));
        }
    }

    /** Per section, what the attendees expected before the visit against what they scored, as means. */
    private static void expectations(Sheet sheet, VendorResult v) {
        ReportText t = sheet.t();
        Locale locale = sheet.locale();
        Map<String, List<PerceptionGap>> bySection = new LinkedHashMap<>();
        ComparisonPdf.visitSections(sheet.report()).keySet().forEach(code -> bySection.put(code, new ArrayList<>()));
        sheet.result().perceptionGaps().stream().filter(g -> g.vendor() == v.id())
                .forEach(g -> bySection.computeIfAbsent(g.section(), s -> new ArrayList<>()).add(g));
        bySection.values().removeIf(List::isEmpty);
        if (bySection.isEmpty()) {
            sheet.add(Layout.headed(t.get("report.expectedTitle"), t.get("report.expectedNone")));
            return;
        }
        PdfPTable table = Layout.table(t.get("report.expectedTitle"), t.get("perception.text"), new float[] {3, 1, 1, 1, 0.9f}, List.of(t.get("perception.section"),
                t.get("perception.expected"), t.get("perception.scored"), t.get("perception.gap"),
                t.get("report.attendees")));
        var sections = ComparisonPdf.visitSections(sheet.report());
        bySection.forEach((code, gaps) -> {
            double expected = gaps.stream().mapToDouble(PerceptionGap::expected).average().orElse(Double.NaN);
            double scored = gaps.stream().mapToDouble(PerceptionGap::scored).average().orElse(Double.NaN);
            double gap = gaps.stream().mapToDouble(PerceptionGap::gap).average().orElse(Double.NaN);
            var section = sections.get(code);
            table.addCell(Layout.cell(section == null ? code : code + " " + section.sectionTitle()));
            table.addCell(Layout.number(Figures.score(expected, locale)));
            table.addCell(Layout.number(Figures.score(scored, locale)));
            table.addCell(Layout.number(Figures.signed(gap, locale)));
            table.addCell(Layout.number(String.valueOf(gaps.stream().map(PerceptionGap::evaluator).distinct().count())));
        });
        sheet.add(table);
    }
}
