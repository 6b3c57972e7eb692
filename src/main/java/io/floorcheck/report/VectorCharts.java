package io.floorcheck.report;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The report's charts, drawn as vector paths and text into a template (no raster image, no
 * HTML): they print sharp, stay searchable, and read in greyscale — every value is also printed
 * beside its mark. Each chart goes into the flow as a one-cell table so it keeps its place.
 */
final class VectorCharts {

    private static final float LABEL_WIDTH = 150;
    private static final float VALUE_WIDTH = 92;
    private static final Color BAR = new Color(0xa9, 0xb4, 0xc0);

    private VectorCharts() {
    }

    /** One candidate's overall with its 95 % interval; hollow when not recommendable. */
    record Whisker(String label, double value, double low, double high, boolean recommendable,
            boolean recommended) {
    }

    /** One candidate's value of a section, with each evaluator's own value as a dot. */
    record Bar(String label, double value, List<Double> dots) {
    }

    /** Overalls as dots with whiskers for their intervals, on an axis spanning them in tens. */
    static PdfPTable whiskers(PdfWriter writer, float width, List<Whisker> rows, Locale locale) {
        double low = rows.stream().mapToDouble(r -> Double.isNaN(r.low()) ? r.value() : r.low()).filter(v -> !Double.isNaN(v))
                .min().orElse(0);
        double high = rows.stream().mapToDouble(r -> Double.isNaN(r.high()) ? r.value() : r.high())
                .filter(v -> !Double.isNaN(v)).max().orElse(100);
        double min = Math.max(0, Math.floor((low - 5) / 10) * 10);
        double max = Math.min(100, Math.ceil((high + 5) / 10) * 10);
        if (max - min < 10) {
            min = Math.max(0, max - 10);
        }
        // Many candidates get closer rows, so the chart still fits under the verdict on page one.
        float rowHeight = rows.size() > 12 ? 12 : 18;
        float axis = 16;
        float height = rows.size() * rowHeight + axis + 6;
        PdfTemplate chart = writer.getDirectContent().createTemplate(width, height);
        Scale x = new Scale(min, max, LABEL_WIDTH + 6, width - VALUE_WIDTH);
        grid(chart, x, axis, height, 10, locale);
        for (int i = 0; i < rows.size(); i++) {
            Whisker row = rows.get(i);
            float y = height - 6 - rowHeight * i - rowHeight / 2;
            label(chart, row.label(), y);
            if (!Double.isNaN(row.low()) && !Double.isNaN(row.high())) {
                chart.setColorStroke(Layout.INK);
                chart.setLineWidth(1.2f);
                chart.moveTo(x.at(row.low()), y);
                chart.lineTo(x.at(row.high()), y);
                float cap = rowHeight / 5;
                chart.moveTo(x.at(row.low()), y - cap);
                chart.lineTo(x.at(row.low()), y + cap);
                chart.moveTo(x.at(row.high()), y - cap);
                chart.lineTo(x.at(row.high()), y + cap);
                chart.stroke();
            }
            if (!Double.isNaN(row.value())) {
                chart.setLineWidth(1.2f);
                chart.setColorStroke(Layout.INK);
                chart.setColorFill(row.recommended() ? Layout.ACCENT : row.recommendable() ? Layout.INK : Color.WHITE);
                chart.circle(x.at(row.value()), y, rowHeight > 12 ? 4 : 3);
                chart.fillStroke();
            }
            String value = Figures.score(row.value(), locale) + (Double.isNaN(row.low()) ? ""
                    : " (" + Figures.score(row.low(), locale) + "–" + Figures.score(row.high(), locale) + ")");
            text(chart, value, Element.ALIGN_LEFT, width - VALUE_WIDTH + 6, y - 2.5f, false);
        }
        return wrap(chart);
    }

    /** A section's value per candidate as a bar on 0–100, the evaluators' own values as dots on it. */
    static PdfPTable bars(PdfWriter writer, float width, List<Bar> rows, Locale locale) {
        float rowHeight = 14;
        float axis = 14;
        float height = rows.size() * rowHeight + axis + 4;
        PdfTemplate chart = writer.getDirectContent().createTemplate(width, height);
        Scale x = new Scale(0, 100, LABEL_WIDTH + 6, width - VALUE_WIDTH);
        grid(chart, x, axis, height, 25, locale);
        for (int i = 0; i < rows.size(); i++) {
            Bar row = rows.get(i);
            float y = height - 4 - rowHeight * i - rowHeight / 2;
            label(chart, row.label(), y);
            if (!Double.isNaN(row.value())) {
                chart.setColorFill(BAR);
                chart.rectangle(x.at(0), y - 4, x.at(row.value()) - x.at(0), 8);
                chart.fill();
            }
            chart.setLineWidth(0.6f);
            chart.setColorStroke(Color.WHITE);
            chart.setColorFill(Layout.INK);
            for (double dot : row.dots()) {
                chart.circle(x.at(dot), y, 2.2f);
                chart.fillStroke();
            }
            text(chart, Figures.score(row.value(), locale), Element.ALIGN_LEFT, width - VALUE_WIDTH + 6, y - 2.5f,
                    !Double.isNaN(row.value()));
        }
        return wrap(chart);
    }

    /** Vertical grid lines with their values along the bottom. */
    private static void grid(PdfContentByte chart, Scale x, float axis, float height, int step, Locale locale) {
        chart.setLineWidth(0.4f);
        chart.setColorStroke(Layout.RULE);
        for (double v = Math.ceil(x.min / step) * step; v <= x.max + 1e-9; v += step) {
            chart.moveTo(x.at(v), axis);
            chart.lineTo(x.at(v), height);
            chart.stroke();
            text(chart, Figures.weight(v, locale), Element.ALIGN_CENTER, x.at(v), axis - 9, false);
        }
    }

    private static void label(PdfContentByte chart, String label, float y) {
        String fitted = PdfText.fitted(label, LABEL_WIDTH - 4, Layout.SMALL, false);
        ColumnText.showTextAligned(chart, Element.ALIGN_RIGHT, Layout.phrase(fitted, Layout.SMALL, false, Layout.INK),
                LABEL_WIDTH, y - 2.5f, 0, PdfText.runDirection(fitted), 0);
    }

    private static void text(PdfContentByte chart, String text, int align, float x, float y, boolean bold) {
        ColumnText.showTextAligned(chart, align, Layout.phrase(text, Layout.SMALL, bold, Layout.INK), x, y, 0,
                PdfText.runDirection(text), 0);
    }

    private static PdfPTable wrap(PdfTemplate chart) {
        PdfPCell cell = new PdfPCell(Image.getInstance(chart), false);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.addCell(cell);
        return table;
    }

    /** Values on an axis to x positions. */
    private record Scale(double min, double max, float left, float right) {
        float at(double value) {
            double clamped = Math.max(min, Math.min(max, value));
            return (float) (left + (clamped - min) / (max - min) * (right - left));
        }
    }
}
