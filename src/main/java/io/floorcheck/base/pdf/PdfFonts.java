package io.floorcheck.base.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts every Floorcheck PDF embeds: DejaVu Sans (Latin, Greek, Cyrillic — Łódź, Bogotá,
 * Sofía print as typed; Arabic and Hebrew too), shipped in the app's resources under its licence
 * (fonts/DejaVu-LICENSE.txt), and for what it lacks the CJK fallbacks Noto Sans SC (Chinese,
 * Japanese kana) and Noto Sans KR (Hangul), under the SIL Open Font License
 * (fonts/NotoSansCJK-LICENSE.txt). Loaded once per JVM, the fallbacks on first use; every PDF
 * embeds only the glyphs it uses (subsets).
 */
public final class PdfFonts {

    public static final Color MUTED = new Color(0x55, 0x60, 0x6e);
    private static final BaseFont REGULAR = load("fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = load("fonts/DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    /** DejaVu Sans, for building fonts of other sizes, styles and colours. */
    public static BaseFont regularBase() {
        return REGULAR;
    }

    public static BaseFont boldBase() {
        return BOLD;
    }

    /** The fonts tried, in order, for a character DejaVu Sans lacks. */
    public static List<BaseFont> fallbacks() {
        return Fallbacks.FONTS;
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

    /** Holds the CJK fonts (16 MB) until a PDF first needs them. */
    private static final class Fallbacks {
        static final List<BaseFont> FONTS = List.of(load("fonts/NotoSansSC-Regular.ttf"),
                load("fonts/NotoSansKR-Regular.ttf"));
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
