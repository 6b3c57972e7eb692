package io.floorcheck.base.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts every Floorcheck PDF embeds: DejaVu Sans (Latin, Greek, Cyrillic — Łódź, Bogotá,
 * Sofía print as typed), shipped in the app's resources under its licence
 * (fonts/DejaVu-LICENSE.txt). Loaded once per JVM.
 */
public final class PdfFonts {

    public static final Color MUTED = new Color(0x55, 0x60, 0x6e);
    private static final BaseFont REGULAR = load("fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = load("fonts/DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    public static Font muted(float size) {
        Font font = new Font(REGULAR, size);
        font.setColor(MUTED);
        return font;
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading font " + resource + " failed", e);
        }
    }
}
