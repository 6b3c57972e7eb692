package io.floorcheck.report;

import java.awt.Color;
import java.text.Normalizer;
import java.util.List;

import io.floorcheck.base.pdf.PdfFonts;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;

/**
 * Text as it goes into the report: every string, the users' above all, is made safe and
 * printable first. Content-stream text is glyph ids in a hex string, so nothing a user types can
 * become a PDF operator; still, controls become spaces, bidi overrides and isolates are dropped
 * (a name must not reverse the text after it), unpaired surrogates and non-characters go, and a
 * character no embedded font has (most emoji) prints as □ rather than vanishing.
 */
final class PdfText {

    /** What a character no embedded font draws prints as. */
    static final String MISSING_GLYPH = "□";

    private PdfText() {
    }

    /** The text made safe (see the class comment), NFC-normalised; "" for null. Line breaks stay. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw.replace("\r\n", "\n"), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (dropped(cp)) {
                // nothing: a direction override, a joiner or a non-character
            } else if (Character.getType(cp) == Character.CONTROL) {
                out.append(' ');
            } else if (Character.getType(cp) == Character.SURROGATE || !covered(cp)) {
                out.append(MISSING_GLYPH);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * At most {@code max} characters of the cleaned text; longer text is cut at a word where one
     * is near, and ends with "…" and {@code pointer} (where the whole text is).
     */
    static String capped(String raw, int max, String pointer) {
        String text = clean(raw).strip();
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max);
        int space = text.lastIndexOf(' ', end);
        if (space > end - 40 && space > 0) {
            end = space;
        }
        return text.substring(0, end).stripTrailing() + "… " + pointer;
    }

    /** The text in DejaVu Sans of the size and colour, each character the first font has falling back to CJK. */
    static Phrase phrase(String text, float size, boolean bold, Color color) {
        FontSelector selector = new FontSelector();
        selector.addFont(font(bold ? PdfFonts.boldBase() : PdfFonts.regularBase(), size, color));
        if (bold) {
            selector.addFont(font(PdfFonts.regularBase(), size, color));
        }
        if (needsFallback(text)) {
            for (BaseFont fallback : PdfFonts.fallbacks()) {
                selector.addFont(font(fallback, size, color));
            }
        }
        return selector.process(clean(text));
    }

    private static Font font(BaseFont base, float size, Color color) {
        Font font = new Font(base, size);
        font.setColor(color);
        return font;
    }

    private static boolean dropped(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0x200E || cp == 0x200F
                || cp == 0x061C || cp == 0x200D || cp == 0xFE0F || cp == 0xFE0E || cp == 0xFEFF
                || (cp & 0xFFFE) == 0xFFFE || cp >= 0xFDD0 && cp <= 0xFDEF;
    }

    private static boolean covered(int cp) {
        if (PdfFonts.regularBase().charExists(cp)) {
            return true;
        }
        List<BaseFont> fallbacks = PdfFonts.fallbacks();
        return fallbacks.stream().anyMatch(font -> font.charExists(cp));
    }

    private static boolean needsFallback(String text) {
        return text != null && text.codePoints().anyMatch(cp -> cp > 0x2000 && !PdfFonts.regularBase().charExists(cp));
    }
}
