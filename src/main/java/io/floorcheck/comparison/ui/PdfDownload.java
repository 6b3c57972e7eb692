package io.floorcheck.comparison.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.ui.ErrorReference;
import io.floorcheck.comparison.ComparisonService;
import io.floorcheck.report.ComparisonPdf;
import io.floorcheck.report.ComparisonReport;
import io.floorcheck.report.Paper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Download PDF" on A4 and on US Letter: the comparison PDF made when it is asked for (so it
 * shows the numbers as they stand) and streamed through Vaadin's download handling. A refusal
 * (too many candidates, the blind rule) or a failure says so in the page, a failure with a
 * reference that is also in the log beside the cause.
 */
final class PdfDownload extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(PdfDownload.class);

    private final transient ComparisonService comparisons;
    private final long evaluationId;
    private final ZoneId zone;
    private final Locale locale;

    PdfDownload(ComparisonService comparisons, long evaluationId, ZoneId zone, Locale locale) {
        this.comparisons = comparisons;
        this.evaluationId = evaluationId;
        this.zone = zone;
        this.locale = locale;
        addClassName("fc-actions");
        // A failure is told from the download's own request, outside the UI's: push carries it.
        io.floorcheck.base.ui.LivePush.whileAttached(this);
        // The paper of the reader's country first (US Letter in the US and Canada, else A4).
        boolean letterFirst = "US".equals(locale.getCountry()) || "CA".equals(locale.getCountry());
        for (Paper paper : letterFirst ? List.of(Paper.LETTER, Paper.A4) : List.of(Paper.A4, Paper.LETTER)) {
            Anchor link = new Anchor(handler(paper), AttachmentType.DOWNLOAD,
                    getTranslation("comparison.pdf", getTranslation("comparison.pdfPaper." + paper)));
            link.setId("comparison-pdf-" + paper.name().toLowerCase(Locale.ROOT));
            link.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
            link.addClassName("fc-action-link");
            add(link);
        }
    }

    private DownloadHandler handler(Paper paper) {
        return event -> download(event, paper);
    }

    void download(DownloadEvent event, Paper paper) throws IOException {
        ComparisonReport report;
        byte[] pdf;
        try {
            report = comparisons.report(evaluationId, zone);
            pdf = ComparisonPdf.render(report, locale, paper);
        } catch (RuleViolation refused) {
            LOG.info("PDF of evaluation {} refused: {}", evaluationId, refused.messageKey());
            event.getResponse().setStatus(422);
            tell(event.getUI(), refused.messageKey(), refused.arguments());
            return;
        } catch (RuntimeException | LinkageError failed) {
            // A linkage error is a font or class the application lacks: the user still gets a reference.
            String reference = ErrorReference.next();
            LOG.error("PDF of evaluation {} failed (reference {})", evaluationId, reference, failed);
            event.getResponse().setStatus(500);
            tell(event.getUI(), "comparison.pdfFailed", reference);
            return;
        }
        // Named after the evaluation and the day as the report has them (not as the page was opened).
        String name = PdfFileName.of(report.evaluationName(), report.generatedAt().atZone(zone).toLocalDate());
        event.setContentType("application/pdf");
        event.getResponse().setHeader("Content-Disposition", PdfFileName.contentDisposition(name));
        event.getResponse().setHeader("Cache-Control", "no-store");
        event.setContentLength(pdf.length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(pdf);
        }
    }

    /** Says it in the page (the download runs outside the UI's lock, so the message is made inside it). */
    private static void tell(UI ui, String key, Object... arguments) {
        if (ui != null) {
            ui.access(() -> Notification.show(ui.getTranslation(key, arguments), 10000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }
}
