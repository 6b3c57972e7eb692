package io.floorcheck.visit;

import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import io.floorcheck.base.pdf.PdfFonts;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.EvidenceRule;
import io.floorcheck.rubric.Level;
import io.floorcheck.rubric.RubricSection;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A blank scorecard on paper, for evaluators who prefer a pen on the floor: every criterion with
 * what to look for, the descriptor of every level beside a box to tick, N/A where allowed, gates
 * as pass/fail with their condition, and lines for the evidence note. Pure: a record in, bytes out.
 */
public final class BlankScorecardPdf {

    private static final float MARGIN = 36;

    private BlankScorecardPdf() {
    }

    public static byte[] render(BlankScorecard card, Locale locale) {
        ResourceBundle text = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter.getInstance(document, bytes);
        document.addTitle(card.rubric().rubricName() + " · " + card.vendorName());
        document.open();
        document.add(new Paragraph(card.rubric().rubricName(), PdfFonts.bold(16)));
        document.add(new Paragraph(format(text, "pdf.scorecard.for", card.vendorName(), card.siteName(), card.when()),
                PdfFonts.regular(10)));
        document.add(new Paragraph(format(text, "pdf.scorecard.line", card.evaluationName(),
                format(text, "rubrics.versionLabel", card.rubric().number()),
                card.attendeeName() == null ? "______________________" : card.attendeeName()), PdfFonts.muted(9)));
        if (card.rubric().scaleGuidance() != null) {
            Paragraph guidance = new Paragraph(card.rubric().scaleGuidance(), PdfFonts.regular(9));
            guidance.setSpacingBefore(6);
            document.add(guidance);
        }
        document.add(new Paragraph(evidence(text, card.rubric().evidenceRule()), PdfFonts.regular(9)));
        for (RubricSection section : card.rubric().sections()) {
            document.add(section(text, section));
        }
        document.close();
        return bytes.toByteArray();
    }

    private static PdfPTable section(ResourceBundle text, RubricSection section) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setHeaderRows(1);
        String weight = section.weight() == null ? text.getString("rubrics.section.gates")
                : format(text, "rubrics.section.weight", section.weight().stripTrailingZeros().toPlainString());
        PdfPCell head = new PdfPCell(new Phrase(section.code() + " · " + section.title() + "   —   " + weight,
                PdfFonts.bold(11)));
        head.setBackgroundColor(new java.awt.Color(0xe6, 0xef, 0xf1));
        head.setPadding(5);
        table.addCell(head);
        for (Criterion criterion : section.criteria()) {
            PdfPCell cell = new PdfPCell();
            cell.setPadding(6);
            cell.setBorder(Rectangle.BOTTOM);
            cell.addElement(new Paragraph(criterion.code() + "  " + criterion.title(), PdfFonts.bold(10)));
            if (criterion.guidance() != null) {
                cell.addElement(new Paragraph(criterion.guidance(), PdfFonts.muted(8.5f)));
            }
            cell.addElement(criterion.gate() ? gate(text, criterion) : levels(text, section, criterion));
            Paragraph evidence = new Paragraph(text.getString("pdf.scorecard.evidence")
                    + " ______________________________________________________________________", PdfFonts.regular(8.5f));
            evidence.setSpacingBefore(4);
            cell.addElement(evidence);
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPTable levels(ResourceBundle text, RubricSection section, Criterion criterion) {
        List<Level> descriptors = section.descriptorsFor(criterion);
        PdfPTable levels = new PdfPTable(new float[] {0.6f, 9.4f});
        levels.setWidthPercentage(100);
        levels.setSpacingBefore(3);
        for (int score = criterion.scaleMin(); score <= criterion.scaleMax(); score++) {
            int level = score;
            String descriptor = descriptors.stream().filter(d -> d.score() == level).map(Level::descriptor)
                    .findFirst().orElse("");
            levels.addCell(box(String.valueOf(score)));
            levels.addCell(plain(descriptor));
        }
        if (criterion.naAllowed()) {
            levels.addCell(box(""));
            levels.addCell(plain(text.getString("pdf.scorecard.na")));
        }
        return levels;
    }

    private static PdfPTable gate(ResourceBundle text, Criterion criterion) {
        PdfPTable gate = new PdfPTable(new float[] {0.6f, 9.4f});
        gate.setWidthPercentage(100);
        gate.setSpacingBefore(3);
        gate.addCell(box(""));
        gate.addCell(plain(format(text, "pdf.scorecard.pass", criterion.passCondition())));
        gate.addCell(box(""));
        gate.addCell(plain(text.getString("pdf.scorecard.fail")));
        return gate;
    }

    /** A square to tick, with the score printed small inside it. */
    private static PdfPCell box(String label) {
        PdfPCell box = new PdfPCell(new Phrase(label, PdfFonts.muted(7)));
        box.setFixedHeight(14);
        box.setHorizontalAlignment(Element.ALIGN_CENTER);
        box.setVerticalAlignment(Element.ALIGN_MIDDLE);
        box.setBorderWidth(0.8f);
        return box;
    }

    private static PdfPCell plain(String content) {
        PdfPCell cell = new PdfPCell(new Phrase(new Chunk(content, PdfFonts.regular(8.5f))));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(6);
        cell.setPaddingBottom(3);
        return cell;
    }

    private static String evidence(ResourceBundle text, EvidenceRule rule) {
        if (!rule.any()) {
            return text.getString("rubrics.evidence.none");
        }
        if (rule.atMost() == null) {
            return format(text, "rubrics.evidence.high", rule.atLeast());
        }
        if (rule.atLeast() == null) {
            return format(text, "rubrics.evidence.low", rule.atMost());
        }
        return format(text, "rubrics.evidence.rule", rule.atMost(), rule.atLeast());
    }

    private static String format(ResourceBundle text, String key, Object... args) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(args);
    }
}
