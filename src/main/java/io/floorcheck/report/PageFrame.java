package io.floorcheck.report;

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
 * Every page's header (the evaluation's name and the confidentiality line) and footer ("Page x of
 * y" and when the report was generated). The total is known only at the end: each footer shows a
 * template filled in when the document closes.
 */
final class PageFrame extends PdfPageEventHelper {

    private final String header;
    private final String confidential;
    private final java.util.function.IntFunction<String> pageOf;
    private final String generated;
    private PdfTemplate total;

    PageFrame(String header, String confidential, java.util.function.IntFunction<String> pageOf, String generated) {
        this.header = header;
        this.confidential = confidential;
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
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                Layout.phrase(PdfText.capped(header, 90, ""), Layout.SMALL, true, Layout.MUTED), document.left(), top,
                0, PdfWriter.RUN_DIRECTION_LTR, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                Layout.phrase(confidential, Layout.SMALL, false, Layout.MUTED), document.right(), top, 0,
                PdfWriter.RUN_DIRECTION_LTR, 0);
        canvas.saveState();
        canvas.setColorStroke(Layout.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(document.left(), top - 5);
        canvas.lineTo(document.right(), top - 5);
        canvas.stroke();
        canvas.restoreState();
        float bottom = 22;
        String pageText = pageOf.apply(writer.getPageNumber()) + " ";
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, Layout.phrase(pageText, Layout.SMALL, false,
                Layout.MUTED), document.left(), bottom, 0, PdfWriter.RUN_DIRECTION_LTR, 0);
        float width = PdfFonts.regularBase().getWidthPoint(pageText, Layout.SMALL);
        canvas.addTemplate(total, document.left() + width, bottom);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, Layout.phrase(generated, Layout.SMALL, false,
                Layout.MUTED), document.right(), bottom, 0, PdfWriter.RUN_DIRECTION_LTR, 0);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        // The page number has already moved past the last page here.
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT, Layout.phrase(String.valueOf(writer.getPageNumber() - 1),
                Layout.SMALL, false, Layout.MUTED), 0, 0, 0);
    }
}
