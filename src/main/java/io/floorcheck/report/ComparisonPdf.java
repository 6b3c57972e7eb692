package io.floorcheck.report;

import java.io.ByteArrayOutputStream;
import java.util.GregorianCalendar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.floorcheck.scoring.GateStatus;
import io.floorcheck.scoring.ScoringResult;
import io.floorcheck.scoring.Tipping;
import io.floorcheck.scoring.VendorResult;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The comparison PDF: who to pick, how sure we are and why, on page one; then the ranking, the
 * sections, the heatmap, a page or two per candidate, how sure we are, the methodology and the
 * Record, with the figures that tie it to the data package. Pure: the report, a locale and the
 * paper in, bytes out; it reads nothing else and lets every error through.
 */
public final class ComparisonPdf {

    static final float MARGIN = 40;
    /** Rows (headers included) up to which a table moves to the next page whole rather than split. */
    static final int KEPT_TOGETHER = 16;

    private ComparisonPdf() {
    }

    public static byte[] render(ComparisonReport report, Locale locale, Paper paper) {
        ReportText t = new ReportText(locale, report.zone());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(paper.size(), MARGIN, MARGIN, MARGIN + 8, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, bytes);
        String name = PdfText.clean(report.evaluationName());
        String notice = (report.locked() == null ? t.get("report.draft") + " · " : "") + t.get("report.confidential");
        writer.setPageEvent(new PageFrame(name, notice, page -> t.get("report.page", page),
                t.get("report.generated", t.dateTime(report.generatedAt()))));
        document.addTitle(t.get("report.metaTitle", name));
        document.addSubject(t.get("report.metaSubject", name));
        document.addAuthor("Floorcheck " + report.appVersion());
        document.addCreator("Floorcheck " + report.appVersion());
        document.addKeywords(t.get("report.confidential"));
        // The file's creation date is the report's generation time, as the footer says, not the clock's.
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(GregorianCalendar.from(
                report.generatedAt().atZone(report.zone()))));
        document.setDocumentLanguage(locale.toLanguageTag());
        document.open();
        Sheet sheet = new Sheet(document, writer, report, t, locale, document.right() - document.left());
        verdict(sheet);
        ranking(sheet);
        DetailPages.sections(sheet);
        DetailPages.heatmap(sheet);
        VendorPages.add(sheet);
        DetailPages.howSure(sheet);
        RecordPages.methodology(sheet);
        RecordPages.record(sheet);
        document.close();
        return bytes.toByteArray();
    }

    /** What every part of the report is written with. */
    record Sheet(Document document, PdfWriter writer, ComparisonReport report, ReportText t, Locale locale,
            float width) {

        ScoringResult result() {
            return report.result();
        }

        /** Adds a part; a table of a few rows is kept on one page rather than leaving a row or two behind. */
        void add(Element element) {
            if (element instanceof PdfPTable table && table.size() <= KEPT_TOGETHER) {
                table.setKeepTogether(true);
            }
            document.add(element);
        }

        void newPage() {
            document.newPage();
        }

        /** "section V3 Coaching", "the visit part": a weight named for people. */
        String weightName(String weight) {
            if (Tipping.PART_SPLIT.equals(weight)) {
                return t.get("sensitivity.visitPart");
            }
            String title = report.criteria().stream().filter(c -> c.part() == io.floorcheck.scoring.Part.VISIT
                    && c.sectionCode().equals(weight)).map(ComparisonReport.Criterion::sectionTitle).findFirst()
                    .orElseThrow(() -> new IllegalStateException("A tipping weight of section " + weight
                            + ", which the visit rubric does not hold"));
            return t.get("sensitivity.section", (weight + " " + title).strip());
        }

        /** A vendor's name; a report naming a vendor its result does not hold is refused, not papered over. */
        String vendorName(long id) {
            return result().vendors().stream().filter(v -> v.id() == id).map(VendorResult::name).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The report names vendor " + id
                            + ", which its result does not hold"));
        }

        ComparisonReport.Criterion criterion(io.floorcheck.scoring.Part part, String code) {
            return report.criteria().stream().filter(c -> c.part() == part && c.code().equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The report names criterion " + part + " " + code
                            + ", which its rubrics do not hold"));
        }

        String criterionTitle(io.floorcheck.scoring.Part part, String code) {
            return criterion(part, code).title();
        }

        /** An agreed value as the reader says it: levels as they are, pass, fail and N/A in words. */
        String mark(String value) {
            return switch (value) {
                case "pass" -> t.get("settle.pass");
                case "fail" -> t.get("settle.fail");
                case "N/A" -> t.get("mark.na");
                default -> value;
            };
        }

        /** The gate status in words: failed and waived gates named, a waiver with its approver. */
        String gates(VendorResult v) {
            List<String> parts = new ArrayList<>();
            v.gates().forEach((code, status) -> {
                String gate = code + " " + criterionTitle(io.floorcheck.scoring.Part.VISIT, code);
                if (status == GateStatus.FAIL) {
                    parts.add(t.get("gates.failed", gate));
                } else if (status == GateStatus.WAIVED) {
                    var waiver = report.waivers().stream().filter(w -> w.vendorId() == v.id()
                            && w.gateCode().equals(code)).findFirst().orElseThrow(() -> new IllegalStateException(
                                    "Gate " + code + " of vendor " + v.id() + " is waived without a waiver"));
                    parts.add(t.get("gates.waived", gate, PdfText.inSentence(waiver.approver()),
                            waiver.approverRole()));
                } else if (status == GateStatus.UNSCORED) {
                    parts.add(t.get("gates.unscored", gate));
                }
            });
            return parts.isEmpty() ? t.get("gate.status.PASS") : String.join("; ", parts);
        }

        String flags(VendorResult v) {
            return v.flags().isEmpty() ? "—" : v.flags().stream().map(f -> t.get("flag." + f))
                    .collect(Collectors.joining("; "));
        }
    }

    // ---- 1. The verdict, on page one ----

    private static void verdict(Sheet sheet) {
        ComparisonReport report = sheet.report();
        ReportText t = sheet.t();
        ScoringResult result = sheet.result();
        sheet.add(Layout.title(report.evaluationName()));
        sheet.add(Layout.muted(t.get("report.subtitle", result.vendors().size(), t.date(report.generatedAt()))));
        if (report.locked() != null) {
            sheet.add(Layout.text(t.get("comparison.locked", t.dateTime(report.locked().at()), report.locked().by()),
                    Layout.BODY, false, Layout.INK, 6));
        } else {
            sheet.add(Layout.notice(t.get("comparison.draft." + report.status())));
        }
        sheet.add(Layout.text(Verdict.headline(result, t), 17, true, Layout.ACCENT, 14));
        sheet.add(Layout.text(Verdict.sentence(result, sheet.locale(), t), 10, false, Layout.INK, 6));
        sheet.add(Layout.text(Verdict.mostCritical(result, sheet.locale(), t, sheet::weightName), 10, false,
                Layout.INK, 5));
        sheet.add(Layout.text(Verdict.agreement(result, sheet.locale(), t), 10, false, Layout.INK, 5));

        List<VectorCharts.Whisker> rows = result.vendors().stream().filter(v -> v.rank() != null)
                .map(v -> new VectorCharts.Whisker(v.rank() + ". " + v.name(), v.overall(), v.ciLow(), v.ciHigh(),
                        v.recommendable(), Objects.equals(v.id(), result.recommended()))).toList();
        if (!rows.isEmpty()) {
            sheet.add(Layout.headed(t.get("report.overallChart"),
                    VectorCharts.whiskers(sheet.writer(), sheet.width(), rows, sheet.locale())));
            sheet.add(Layout.muted(t.get("report.overallLegend")));
        }

        PdfPTable gates = Layout.table(t.get("report.gatesTitle"), null, new float[] {2, 5},
                List.of(t.get("ranking.vendor"), t.get("ranking.gates")));
        for (VendorResult v : result.vendors()) {
            gates.addCell(Layout.cell(v.name()));
            gates.addCell(v.gateStatus() == GateStatus.FAIL ? Layout.strong(sheet.gates(v)) : Layout.cell(sheet.gates(v)));
        }
        sheet.add(gates);
        if (!report.closedCards().isEmpty()) {
            sheet.add(Layout.muted(t.get("comparison.closedCards", report.closedCards().size(),
                    report.closedCards().stream().map(c -> c.evaluator() + " (" + sheet.vendorName(c.vendorId()) + ", "
                            + t.get("comparison.cardKind." + (c.part() == io.floorcheck.scoring.Part.VISIT ? "VISIT"
                                    : "SESSION")) + ")").collect(Collectors.joining("; ")))));
        }
    }

    // ---- 2. Ranking ----

    private static void ranking(Sheet sheet) {
        ReportText t = sheet.t();
        ScoringResult result = sheet.result();
        Locale locale = sheet.locale();
        sheet.newPage();
        sheet.add(Layout.title(t.get("ranking.title")));
        sheet.add(Layout.paragraph(t.get("ranking.text")));
        PdfPTable table = Layout.table(new float[] {0.75f, 2.1f, 1, 1.4f, 0.9f, 1.35f, 1, 2, 1.9f},
                List.of(t.get("ranking.rank"), t.get("ranking.vendor"), t.get("ranking.overall"),
                        t.get("ranking.interval"), t.get("ranking.visit"), t.get("ranking.leadership"),
                        t.get("ranking.beatsNext"), t.get("ranking.gates"), t.get("ranking.flags")));
        List<VendorResult> ranked = result.vendors();
        for (int i = 0; i < ranked.size(); i++) {
            VendorResult v = ranked.get(i);
            double above = i + 1 < ranked.size() && v.rank() != null && ranked.get(i + 1).rank() != null
                    ? result.bootstrap().probabilityAbove(v.id(), ranked.get(i + 1).id()) : Double.NaN;
            table.addCell(Layout.number(v.rank() == null ? "—" : String.valueOf(v.rank())));
            table.addCell(Objects.equals(v.id(), result.recommended()) ? Layout.strong(v.name()) : Layout.cell(v.name()));
            table.addCell(Layout.number(Figures.score(v.overall(), locale)));
            table.addCell(Layout.number(Double.isNaN(v.ciLow()) ? "—"
                    : Figures.score(v.ciLow(), locale) + "–" + Figures.score(v.ciHigh(), locale)));
            table.addCell(Layout.number(Figures.score(v.visitPart(), locale)));
            table.addCell(Layout.number(Figures.score(v.leadershipPart(), locale)));
            table.addCell(Layout.number(Double.isNaN(above) ? "—" : Figures.percent(above, locale) + " %"));
            table.addCell(Layout.cell(sheet.gates(v)));
            table.addCell(Layout.cell(sheet.flags(v)));
        }
        sheet.add(table);
        sheet.add(Layout.muted(t.get("report.rankingNote")));
    }

    /** Visit sections in rubric order, by code, with title and weight (gates have none). */
    static Map<String, ComparisonReport.Criterion> visitSections(ComparisonReport report) {
        Map<String, ComparisonReport.Criterion> first = new LinkedHashMap<>();
        report.criteria().stream().filter(c -> c.part() == io.floorcheck.scoring.Part.VISIT && !c.gate()
                && c.sectionWeight() != null).forEach(c -> first.putIfAbsent(c.sectionCode(), c));
        return first;
    }
}
