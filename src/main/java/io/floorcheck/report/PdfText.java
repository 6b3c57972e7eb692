package io.floorcheck.report;

import java.awt.Color;
import java.text.Normalizer;
import java.util.List;

import io.floorcheck.base.pdf.PdfFonts;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Text as it goes into the report: every string, the users' above all, is made safe and
 * printable first. Content-stream text is glyph ids in a hex string, so nothing a user types can
 * become a PDF operator; still, controls become spaces, bidi overrides, embeddings and isolates are
 * dropped (a name must not reverse the text after it), so are the right-to-left marks RLM and ALM
 * (they reverse a run of figures: "\u200F100 200" would read "200 100"; the left-to-right mark
 * stays, it cannot reverse anything and the report places it itself), unpaired surrogates and
 * non-characters go, and a character no embedded font has
 * (the newest emoji) prints as □ rather than vanishing.
 */
public final class PdfText {

    /** What a character no embedded font draws prints as. */
    static final String MISSING_GLYPH = "□";

    /** The most lines of a capped note; further line breaks become spaces. */
    static final int MAX_LINES = 8;

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
            if (cp >= 0x20 && cp < 0x7F) {
                out.append((char) cp); // printable ASCII: DejaVu Sans has it, nothing to check
            } else if (cp == '\n') {
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
        String[] lines = clean(raw).strip().split("\\n\\s*");
        String text = lines.length <= MAX_LINES ? String.join("\n", lines)
                : String.join("\n", java.util.Arrays.copyOf(lines, MAX_LINES - 1)) + "\n"
                        + String.join(" ", java.util.Arrays.copyOfRange(lines, MAX_LINES - 1, lines.length));
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max);
        int space = text.lastIndexOf(' ', end);
        if (space > end - 20 && space > end / 2) {
            end = space;
        }
        return text.substring(0, end).stripTrailing() + "… " + pointer;
    }

    /**
     * The text on one line of at most {@code width} points at {@code size} (DejaVu Sans; a character
     * it lacks counted a full em, as CJK is): cut with "…" where it would run over.
     */
    static String fitted(String raw, float width, float size, boolean bold) {
        String text = clean(raw).replace('\n', ' ').strip();
        BaseFont font = bold ? PdfFonts.boldBase() : PdfFonts.regularBase();
        if (width(text, font, size) <= width) {
            return text;
        }
        float room = width - font.getWidthPoint("…", size);
        float used = 0;
        int end = 0;
        while (end < text.length()) {
            float next = width(text.codePointAt(end), font, size);
            if (used + next > room) {
                break;
            }
            used += next;
            end = text.offsetByCodePoints(end, 1);
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** The width of the text on one line at {@code size}, in points (DejaVu Sans; a missing glyph an em). */
    static float widthOf(String text, float size, boolean bold) {
        return width(clean(text), bold ? PdfFonts.boldBase() : PdfFonts.regularBase(), size);
    }

    private static float width(String text, BaseFont font, float size) {
        float width = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            width += width(text.codePointAt(i), font, size);
        }
        return width;
    }

    private static float width(int cp, BaseFont font, float size) {
        return font.charExists(cp) ? font.getWidthPoint(cp, size) : size;
    }

    /**
     * A name as placed inside a sentence: a right-to-left name gets a left-to-right mark after it,
     * so the figure that follows ("… ahead of מוקד (63.5)") stays outside the name instead of being
     * drawn into its right-to-left run.
     */
    public static String inSentence(String name) {
        return hasRightToLeft(name) ? name + "\u200E" : name;
    }

    /** The text in DejaVu Sans of the size and colour, each character the first font has falling back to CJK. */
    static Phrase phrase(String text, float size, boolean bold, Color color) {
        String cleaned = clean(text);
        if (cleaned.indexOf('\u200E') < 0) {
            return selected(cleaned, size, bold, color);
        }
        // A font selector drops what no font draws, the mark included; it goes in as a chunk of its own,
        // which the bidi algorithm reads and nothing draws.
        Phrase phrase = new Phrase();
        int from = 0;
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (c == '\u200E') {
                phrase.add(selected(cleaned.substring(from, i), size, bold, color));
                phrase.add(new Chunk(String.valueOf(c), font(PdfFonts.regularBase(), size, color)));
                from = i + 1;
            }
        }
        phrase.add(selected(cleaned.substring(from), size, bold, color));
        return phrase;
    }

    private static Phrase selected(String text, float size, boolean bold, Color color) {
        BaseFont base = bold ? PdfFonts.boldBase() : PdfFonts.regularBase();
        if (drawsAll(base, text)) {
            // The common case, without a selector's per-character choice.
            return new Phrase(new Chunk(text, font(base, size, color)));
        }
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
        return selector.process(text);
    }

    /**
     * The run direction text needs: left to right with the bidi algorithm (shaping Arabic, reversing
     * Hebrew) when it has right-to-left letters, none otherwise — the algorithm is the costliest
     * step of laying out a cell, and Latin, Greek, Cyrillic and CJK text does not need it.
     */
    static int runDirection(String text) {
        return hasRightToLeft(text) ? PdfWriter.RUN_DIRECTION_LTR : PdfWriter.RUN_DIRECTION_NO_BIDI;
    }

    static boolean hasRightToLeft(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0590) {
                byte direction = Character.getDirectionality(text.codePointAt(i));
                if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Font font(BaseFont base, float size, Color color) {
        Font font = new Font(base, size);
        font.setColor(color);
        return font;
    }

    private static boolean dropped(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0x200F || cp == 0x061C
                || cp == 0x200D || cp == 0xFE0F || cp == 0xFE0E || cp == 0xFEFF
                || (cp & 0xFFFE) == 0xFFFE || cp >= 0xFDD0 && cp <= 0xFDEF;
    }

    private static boolean covered(int cp) {
        if (PdfFonts.regularBase().charExists(cp)) {
            return true;
        }
        List<BaseFont> fallbacks = PdfFonts.fallbacks();
        return fallbacks.stream().anyMatch(font -> font.charExists(cp));
    }

    private static boolean drawsAll(BaseFont font, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c >= 0x7F) && c != '\n' && (Character.isSurrogate(c) || !font.charExists(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean needsFallback(String text) {
        return text != null && text.codePoints().anyMatch(cp -> cp > 0x2000 && !PdfFonts.regularBase().charExists(cp));
    }
}
