package io.floorcheck.report;

import java.util.function.IntFunction;

import io.floorcheck.base.pdf.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Every page's header (the evaluation's name, shortened to the room the confidentiality line
 * leaves it, and "Draft comparison" while it is one) and footer ("Page x of y" and when the
 * report was generated). The total is known only at the end: each footer shows a template
 * filled in when the document closes.
 */
final class PageFrame extends PdfPageEventHelper {

    private final String name;
    private final String notice;
    private final IntFunction<String> pageOf;
    private final String generated;
    private PdfTemplate total;

    PageFrame(String name, String notice, IntFunction<String> pageOf, String generated) {
        this.name = name;
        this.notice = notice;
        this.pageOf = pageOf;
        this.generated = generated;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(30, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float top = page.getHeight() - 24;
        float room = document.right() - document.left() - PdfFonts.regularBase().getWidthPoint(notice, Layout.SMALL)
                - 16;
        show(canvas, PdfText.fitted(name, room, Layout.SMALL, true), Element.ALIGN_LEFT, document.left(), top, true);
        show(canvas, notice, Element.ALIGN_RIGHT, document.right(), top, false);
        canvas.saveState();
        canvas.setColorStroke(Layout.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(document.left(), top - 5);
        canvas.lineTo(document.right(), top - 5);
        canvas.stroke();
        canvas.restoreState();
        float bottom = 22;
        String pageText = pageOf.apply(writer.getPageNumber()) + " ";
        show(canvas, pageText, Element.ALIGN_LEFT, document.left(), bottom, false);
        canvas.addTemplate(total, document.left() + PdfFonts.regularBase().getWidthPoint(pageText, Layout.SMALL),
                bottom);
        show(canvas, generated, Element.ALIGN_RIGHT, document.right(), bottom, false);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        // The page number has already moved past the last page here.
        show(total, String.valueOf(writer.getPageNumber() - 1), Element.ALIGN_LEFT, 0, 0, false);
    }

    private static void show(PdfContentByte canvas, String text, int align, float x, float y, boolean bold) {
        ColumnText.showTextAligned(canvas, align, Layout.phrase(text, Layout.SMALL, bold, Layout.MUTED), x, y, 0,
                PdfText.runDirection(text), 0);
    }
}
