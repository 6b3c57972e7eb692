package io.floorcheck.report;

import java.awt.Color;
import java.util.List;

import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The report's building blocks. Everything, headings included, goes into the page as a table
 * cell with a left-to-right run direction: only there does OpenPDF apply the bidi algorithm and
 * Arabic shaping, so a vendor named in Arabic or Hebrew reads right to left inside an English
 * sentence. Tables repeat their header row on every page and move a row that does not fit to
 * the next page whole (only a row taller than a page is split, between lines).
 */
final class Layout {

    static final Color INK = new Color(0x1f, 0x29, 0x33);
    static final Color MUTED = new Color(0x52, 0x60, 0x6d);
    static final Color RULE = new Color(0xc4, 0xcd, 0xd5);
    static final Color HEAD = new Color(0xe4, 0xe7, 0xeb);
    static final Color ACCENT = new Color(0x1d, 0x4e, 0x89);
    static final Color NOTICE = new Color(0xff, 0xf4, 0xd6);
    static final Color NOTICE_EDGE = new Color(0xb8, 0x86, 0x0b);

    static final float BODY = 9;
    static final float SMALL = 7.5f;

    private Layout() {
    }

    /** A block of text across the page, with space above it. */
    static PdfPTable text(String text, float size, boolean bold, Color color, float spaceBefore) {
        PdfPCell cell = cell(text, size, bold, color);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0);
        cell.setPaddingRight(0);
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setSpacingBefore(spaceBefore);
        block.addCell(cell);
        return block;
    }

    static PdfPTable paragraph(String text) {
        return text(text, BODY, false, INK, 3);
    }

    static PdfPTable muted(String text) {
        return text(text, SMALL + 0.5f, false, MUTED, 2);
    }

    /** A page's or part's title. */
    static PdfPTable title(String text) {
        return text(text, 15, true, ACCENT, 0);
    }

    static PdfPTable heading(String text) {
        return text(text, 11.5f, true, INK, 12);
    }

    /** A heading with the text under it, kept on one page: what a part says when it has no table. */
    static PdfPTable headed(String heading, String text) {
        return headed(heading, 11.5f, text);
    }

    /** A heading, a subheading and the text under them, kept on one page. */
    static PdfPTable headed(String heading, String subheading, String text) {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.addCell(spanning(heading, 11.5f, true, INK, 1, 12));
        block.addCell(spanning(subheading, 10, true, INK, 1, 4));
        block.addCell(spanning(text, BODY, false, INK, 1, 2));
        return block;
    }

    static PdfPTable headed(String heading, float size, String text) {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.addCell(spanning(heading, size, true, INK, 1, size + 0.5f));
        block.addCell(spanning(text, BODY, false, INK, 1, 2));
        return block;
    }

    /** A heading and what it heads (a chart), kept on one page. */
    static PdfPTable headed(String heading, PdfPTable content) {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.addCell(spanning(heading, 11.5f, true, INK, 1, 12));
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        block.addCell(cell);
        return block;
    }

    /** Text in a shaded, framed box: the draft warning. */
    static PdfPTable notice(String text) {
        PdfPCell cell = cell(text, BODY, true, INK);
        cell.setBackgroundColor(NOTICE);
        cell.setBorderColor(NOTICE_EDGE);
        cell.setBorderWidth(1);
        cell.setPadding(6);
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setSpacingBefore(6);
        block.addCell(cell);
        return block;
    }

    /** A table with a repeated header row; widths relative. */
    static PdfPTable table(float[] widths, List<String> headers) {
        return table(null, 0, null, widths, headers, SMALL);
    }

    /** The same with smaller column names: for many narrow columns (a name per column). */
    static PdfPTable table(float[] widths, List<String> headers, float headerSize) {
        return table(null, 0, null, widths, headers, headerSize);
    }

    /**
     * A table under a heading (and an introduction) that belong to it: they are its first header
     * rows, so a heading never stays alone at the foot of a page and is repeated, with the column
     * names, where the table goes on over the page.
     */
    static PdfPTable table(String heading, String intro, float[] widths, List<String> headers) {
        return table(heading, 11.5f, intro, widths, headers, SMALL);
    }

    /** The same with smaller column names. */
    static PdfPTable table(String heading, String intro, float[] widths, List<String> headers, float headerSize) {
        return table(heading, 11.5f, intro, widths, headers, headerSize);
    }

    /** A table under a smaller heading: a group within a part. */
    static PdfPTable table(String heading, float size, float[] widths, List<String> headers) {
        return table(heading, size, null, widths, headers, SMALL);
    }

    private static PdfPTable table(String heading, float size, String intro, float[] widths, List<String> headers,
            float headerSize) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(heading == null ? 6 : 0);
        int headerRows = 1;
        if (heading != null) {
            table.addCell(spanning(heading, size, true, INK, widths.length, size + 0.5f));
            headerRows++;
        }
        if (intro != null) {
            table.addCell(spanning(intro, BODY, false, INK, widths.length, 2));
            headerRows++;
        }
        table.setHeaderRows(headerRows);
        table.setSplitLate(true);
        table.setSplitRows(true);
        for (String header : headers) {
            PdfPCell cell = cell(header, headerSize, true, INK);
            cell.setBackgroundColor(HEAD);
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPCell spanning(String text, float size, boolean bold, Color color, int columns, float above) {
        PdfPCell cell = cell(text, size, bold, color);
        cell.setColspan(columns);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0);
        cell.setPaddingRight(0);
        cell.setPaddingTop(above);
        cell.setPaddingBottom(4);
        return cell;
    }

    /** A table cell of body text. */
    static PdfPCell cell(String text, float size, boolean bold, Color color) {
        PdfPCell cell = new PdfPCell(PdfText.phrase(text, size, bold, color));
        cell.setRunDirection(PdfText.runDirection(text));
        cell.setLeading(0, 1.25f);
        cell.setPadding(3);
        cell.setPaddingTop(2);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    static PdfPCell cell(String text) {
        return cell(text, SMALL, false, INK);
    }

    /** A figure, right-aligned so decimals line up. */
    static PdfPCell number(String text) {
        PdfPCell cell = cell(text, SMALL, false, INK);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    static PdfPCell strong(String text) {
        return cell(text, SMALL, true, INK);
    }

    /** Adds a row of plain cells. */
    static void row(PdfPTable table, String... cells) {
        for (String text : cells) {
            table.addCell(cell(text));
        }
    }

    static Phrase phrase(String text, float size, boolean bold, Color color) {
        return PdfText.phrase(text, size, bold, color);
    }
}
