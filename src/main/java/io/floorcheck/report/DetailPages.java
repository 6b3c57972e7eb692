package io.floorcheck.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.floorcheck.report.ComparisonPdf.Sheet;
import io.floorcheck.scoring.Agreement;
import io.floorcheck.scoring.CriterionValue;
import io.floorcheck.scoring.Disagreement;
import io.floorcheck.scoring.GateStatus;
import io.floorcheck.scoring.Part;
import io.floorcheck.scoring.ScoringResult;
import io.floorcheck.scoring.Statistic;
import io.floorcheck.scoring.Tipping;
import io.floorcheck.scoring.VendorResult;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The sections, the heatmap and "how sure are we": the detail behind the verdict. */
final class DetailPages {

    /** The first column of a table whose other columns are candidates, in points. */
    static final float LABEL_COLUMN = 150;
    /** Size of the candidates' names heading such columns. */
    static final float NAME_SIZE = 6.5f;

    /**
     * The width of a candidate's column: room for the longest word of any name (names wrap between
     * words, never inside one), at least 62 points; as many such columns go side by side as leave
     * the first column {@link #LABEL_COLUMN} points, between 2 and 8.
     */
    private static float column(List<VendorResult> vendors) {
        float word = 62;
        for (VendorResult v : vendors) {
            for (String part : v.name().split("\\s+")) {
                word = Math.max(word, PdfText.widthOf(part, NAME_SIZE, true) + 8);
            }
        }
        return word;
    }

    private static int perTable(Sheet sheet, float column) {
        return Math.max(2, Math.min(8, (int) ((sheet.width() - LABEL_COLUMN) / column)));
    }

    /** Candidates side by side, as many as fit: a group's columns with their widths and names. */
    private record Columns(List<VendorResult> group, float[] widths, List<String> headers) {
    }

    /** The tables the candidates take as columns, after a first column named {@code corner}. */
    private static List<Columns> columns(Sheet sheet, List<VendorResult> vendors, String corner) {
        float column = column(vendors);
        int perTable = perTable(sheet, column);
        List<Columns> tables = new ArrayList<>();
        for (int from = 0; from < vendors.size(); from += perTable) {
            List<VendorResult> group = vendors.subList(from, Math.min(vendors.size(), from + perTable));
            List<String> headers = new ArrayList<>();
            headers.add(corner);
            group.forEach(v -> headers.add(v.name()));
            tables.add(new Columns(group, widths(sheet, group.size(), column), headers));
        }
        return tables;
    }

    /** Widths for {@code count} candidate columns and the first column taking the rest, in points. */
    private static float[] widths(Sheet sheet, int count, float column) {
        float[] widths = new float[count + 1];
        widths[0] = Math.max(LABEL_COLUMN, sheet.width() - count * column);
        java.util.Arrays.fill(widths, 1, widths.length, column);
        return widths;
    }

    // ---- 3. Sections ----

    static void sections(Sheet sheet) {
        ReportText t = sheet.t();
        ScoringResult result = sheet.result();
        sheet.newPage();
        sheet.add(Layout.title(t.get("report.sectionsTitle")));
        sheet.add(Layout.paragraph(t.get("report.sectionsText")));
        var sections = ComparisonPdf.visitSections(sheet.report());
        if (sections.isEmpty()) {
            sheet.add(Layout.paragraph(t.get("report.noSections")));
        }
        sections.forEach((code, section) -> {
            List<VectorCharts.Bar> bars = new ArrayList<>();
            for (VendorResult v : result.vendors()) {
                List<Double> dots = result.evaluatorTotals().stream().filter(e -> e.vendor() == v.id())
                        .map(e -> e.visitSections().getOrDefault(code, Double.NaN)).filter(d -> !Double.isNaN(d))
                        .toList();
                bars.add(new VectorCharts.Bar(v.name(), v.visitSections().getOrDefault(code, Double.NaN), dots));
            }
            PdfPTable block = new PdfPTable(1);
            block.setWidthPercentage(100);
            block.setKeepTogether(true);
            block.setSpacingBefore(8);
            PdfPCell heading = Layout.cell(t.get("report.sectionHeading", code, section.sectionTitle(),
                    Figures.weight(section.sectionWeight(), sheet.locale())), Layout.BODY, true, Layout.INK);
            heading.setBorder(0);
            heading.setPaddingLeft(0);
            block.addCell(heading);
            PdfPCell chart = new PdfPCell(VectorCharts.bars(sheet.writer(), sheet.width(), bars, sheet.locale()));
            chart.setBorder(0);
            chart.setPadding(0);
            block.addCell(chart);
            sheet.add(block);
        });
        sheet.add(Layout.muted(t.get("report.sectionsLegend")));
    }

    // ---- 4. Heatmap ----

    static void heatmap(Sheet sheet) {
        ReportText t = sheet.t();
        ScoringResult result = sheet.result();
        Locale locale = sheet.locale();
        sheet.newPage();
        sheet.add(Layout.title(t.get("heatmap.title")));
        sheet.add(Layout.paragraph(t.get("report.heatmapText")));
        Map<String, CriterionValue> values = new HashMap<>();
        result.criterionValues().stream().filter(c -> c.part() == Part.VISIT)
                .forEach(c -> values.put(c.vendor() + "|" + c.criterion(), c));
        Set<String> disputed = new HashSet<>();
        result.disagreements().stream().filter(d -> d.part() == Part.VISIT && d.flagged())
                .forEach(d -> disputed.add(d.vendor() + "|" + d.criterion()));
        List<ComparisonReport.Criterion> criteria = sheet.report().criteria().stream()
                .filter(c -> c.part() == Part.VISIT).toList();
        for (Columns columns : columns(sheet, result.vendors(), t.get("heatmap.criterion"))) {
            PdfPTable table = Layout.table(columns.widths(), columns.headers(), NAME_SIZE);
            for (ComparisonReport.Criterion c : criteria) {
                table.addCell(dense(Layout.cell(c.code() + " " + c.title())));
                for (VendorResult v : columns.group()) {
                    table.addCell(dense(c.gate() ? gateCell(t, v.gates().get(c.code()))
                            : valueCell(values.get(v.id() + "|" + c.code()), disputed.contains(v.id() + "|" + c.code()),
                                    locale, t.get("mark.na"))));
                }
            }
            sheet.add(table);
        }
        sheet.add(Layout.muted(t.get("report.heatmapLegend")));
    }

    /** The value printed in the cell, shaded darker the higher it is (legible in greyscale), with its marks. */
    private static PdfPCell valueCell(CriterionValue value, boolean disputed, Locale locale, String notApplicable) {
        double v = value == null ? Double.NaN : value.value();
        String marks = (value != null && value.source() == CriterionValue.Source.AGREED ? " ●" : "")
                + (value != null && value.source() == CriterionValue.Source.UPSELL_RULE ? " ↓" : "")
                + (disputed ? " ▲" : "");
        String text = (Double.isNaN(v) ? (value != null && value.source() == CriterionValue.Source.AGREED ? notApplicable
                : "—") : Figures.score(v, locale)) + marks;
        PdfPCell cell = Layout.number(text);
        if (!Double.isNaN(v)) {
            int grey = (int) Math.round(255 - Math.max(0, Math.min(100, v)) * 1.25);
            cell.setBackgroundColor(new Color(grey, grey, grey));
        }
        if (disputed) {
            cell.setBorderWidth(1.4f);
            cell.setBorderColor(Layout.INK);
        }
        return cell;
    }

    /** A heatmap cell: a little tighter, so a rubric of some fifty criteria fits a page. */
    private static PdfPCell dense(PdfPCell cell) {
        cell.setPaddingTop(1.5f);
        cell.setPaddingBottom(2);
        cell.setLeading(0, 1.15f);
        return cell;
    }

    private static PdfPCell gateCell(ReportText t, GateStatus status) {
        String text = status == null ? "—" : t.get("gate.status." + status);
        return status == GateStatus.FAIL ? Layout.strong(text) : Layout.cell(text);
    }

    // ---- 6. How sure are we ----

    static void howSure(Sheet sheet) {
        ReportText t = sheet.t();
        ScoringResult result = sheet.result();
        Locale locale = sheet.locale();
        sheet.newPage();
        sheet.add(Layout.title(t.get("howSure.title")));
        sheet.add(Layout.paragraph(Verdict.agreement(result, locale, t)));
        Agreement agreement = result.agreement();
        PdfPTable stats = Layout.table(new float[] {1.6f, 1.3f, 1, 4}, List.of(t.get("agreement.statistic"),
                t.get("agreement.value"), t.get("agreement.band"), t.get("agreement.meaning")));
        statRow(stats, t, locale, "ICC(2,1)", agreement.icc().icc21(), Agreement.iccBand(agreement.icc().icc21()),
                "agreement.meaning.icc21");
        statRow(stats, t, locale, "ICC(2,k)", agreement.icc().icc2k(), Agreement.iccBand(agreement.icc().icc2k()),
                "agreement.meaning.icc2k");
        statRow(stats, t, locale, t.get("agreement.alphaInterval"), agreement.alphaInterval(),
                Agreement.alphaBand(agreement.alphaInterval()), "agreement.meaning.alpha");
        statRow(stats, t, locale, t.get("agreement.alphaOrdinal"), agreement.alphaOrdinal(),
                Agreement.alphaBand(agreement.alphaOrdinal()), "agreement.meaning.alphaOrdinal");
        statRow(stats, t, locale, t.get("agreement.kendall", agreement.kendallRaters()), agreement.kendallW(),
                Agreement.kendallBand(agreement.kendallW()), "agreement.meaning.kendall");
        sheet.add(stats);

        disputed(sheet);

        List<Columns> tables = columns(sheet, result.vendors(), t.get("report.bootstrapCorner"));
        for (Columns columns : tables) {
            // The first table carries the part's heading and what it shows.
            PdfPTable matrix = columns == tables.getFirst() ? Layout.table(t.get("bootstrap.title"),
                    t.get("bootstrap.text", result.bootstrap().resamples(), String.valueOf(result.bootstrap().seed())),
                    columns.widths(), columns.headers(), NAME_SIZE)
                    : Layout.table(columns.widths(), columns.headers(), NAME_SIZE);
            for (VendorResult row : result.vendors()) {
                matrix.addCell(Layout.cell(row.name()));
                for (VendorResult other : columns.group()) {
                    double p = row.id() == other.id() ? Double.NaN
                            : result.bootstrap().probabilityAbove(row.id(), other.id());
                    matrix.addCell(Layout.number(Double.isNaN(p) ? "—" : Figures.percent(p, locale) + " %"));
                }
            }
            sheet.add(matrix);
        }

        PdfPTable tippings = Layout.table(t.get("sensitivity.title"),
                Verdict.mostCritical(result, locale, t, sheet::weightName), new float[] {3, 0.8f, 1.5f, 2.2f}, List.of(t.get("sensitivity.weight"),
                t.get("sensitivity.current"), t.get("sensitivity.tipping"), t.get("sensitivity.newLeader")));
        result.sensitivity().stream().sorted(Comparator.comparingDouble(Tipping::distance)).forEach(tip -> {
            tippings.addCell(Layout.cell(sheet.weightName(tip.weight())));
            tippings.addCell(Layout.number(Figures.score(tip.current(), locale)));
            tippings.addCell(Layout.number(tip.tippingWeight() == null ? t.get("sensitivity.never")
                    : Figures.score(tip.tippingWeight(), locale)));
            tippings.addCell(Layout.cell(tip.newLeader() == null ? "—" : sheet.vendorName(tip.newLeader())));
        });
        sheet.add(tippings);
    }

    /** The items the evaluators disagreed on, with the value agreed and why, where the team settled them. */
    private static void disputed(Sheet sheet) {
        ReportText t = sheet.t();
        Locale locale = sheet.locale();
        List<Disagreement> flagged = sheet.result().disagreements().stream().filter(Disagreement::flagged).toList();
        if (flagged.isEmpty()) {
            sheet.add(Layout.headed(t.get("report.disputedTitle"), t.get("report.disputedNone")));
            return;
        }
        PdfPTable table = Layout.table(t.get("report.disputedTitle"), t.get("report.disputedText", flagged.size()),
                new float[] {1.5f, 2.5f, 1, 1.4f, 3.2f}, List.of(t.get("ranking.vendor"),
                t.get("agreed.item"), t.get("report.spread"), t.get("agreed.value"), t.get("agreed.why")));
        for (Disagreement d : flagged) {
            var agreed = sheet.report().agreed().stream().filter(a -> a.part() == d.part()
                    && a.vendorId() == d.vendor() && a.criterionCode().equals(d.criterion())
                    && java.util.Objects.equals(a.recommendationId(), d.recommendation())).findFirst();
            String recommendation = d.recommendation() == null ? "" : sheet.report().proposals().stream()
                    .filter(p -> p.id() == d.recommendation()).map(p -> "“" + PdfText.capped(p.title(),
                            RecordPages.NOTE_CAP, t.get("report.truncated")) + "” · ").findFirst()
                    .orElseThrow(() -> new IllegalStateException("A disagreement on recommendation "
                            + d.recommendation() + ", which the report does not hold"));
            table.addCell(Layout.cell(sheet.vendorName(d.vendor())));
            table.addCell(Layout.cell(recommendation + d.criterion() + " " + sheet.criterionTitle(d.part(),
                    d.criterion())));
            ComparisonReport.Criterion criterion = sheet.criterion(d.part(), d.criterion());
            table.addCell(Layout.number(t.get("report.spreadOfScale", Figures.weight(d.spread(), locale),
                    criterion.scaleMin() + "–" + criterion.scaleMax())));
            table.addCell(Layout.cell(agreed.map(a -> sheet.mark(a.value())).orElse(t.get("report.notSettled"))));
            table.addCell(Layout.cell(agreed.map(a -> PdfText.capped(a.rationale(), RecordPages.NOTE_CAP,
                    t.get("report.truncated"))).orElse("")));
        }
        sheet.add(table);
    }

    private static void statRow(PdfPTable table, ReportText t, Locale locale, String name, Statistic statistic,
            String band, String meaningKey) {
        table.addCell(Layout.cell(name));
        table.addCell(Layout.number(statistic.defined() ? Figures.statistic(statistic.value(), locale)
                : t.get("agreement.undefined", statistic.undefinedBecause())));
        table.addCell(Layout.cell(band));
        table.addCell(Layout.cell(t.get(meaningKey)));
    }
}
