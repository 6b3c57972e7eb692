package io.floorcheck.base;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as it is stored: whatever a user types, pastes or imports passes through here on its way
 * in. Composed characters are composed one way (NFC), so "é" typed and "é" pasted are the same;
 * control characters other than line break and tab are removed; so are the bidirectional
 * embedding, override and isolate controls, which let a name reverse the text shown after it,
 * and the invisible characters that only hide text (zero-width space, word joiner, byte-order
 * mark). What remains is what the reader sees.
 */
public final class Text {

    private Text() {
    }

    /** Free text (notes, descriptions, reasons): cleaned, line breaks kept as {@code \n}. Null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String composed = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(composed.length());
        composed.codePoints().filter(Text::kept).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** One line (names, titles, codes): cleaned, line breaks and tabs as spaces, runs of spaces as one, stripped. */
    public static String line(String text) {
        String cleaned = clean(text);
        return cleaned == null ? null : cleaned.replaceAll("[\\s\\p{Zs}]+", " ").strip();
    }

    /** As {@link #clean}, with a blank result as null: an empty note is no note. */
    public static String cleanOrNull(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.isBlank() ? null : cleaned;
    }

    /** As {@link #line}, with a blank result as null. */
    public static String lineOrNull(String text) {
        String cleaned = line(text);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * The form under which lookalikes compare equal, for uniqueness: one line, without any
     * invisible formatting character (joiners and direction marks too), compatibility
     * characters folded (full-width letters, ligatures), lower case.
     */
    public static String key(String text) {
        String line = line(text);
        if (line == null) {
            return null;
        }
        StringBuilder visible = new StringBuilder(line.length());
        line.codePoints().filter(c -> Character.getType(c) != Character.FORMAT && !blankLetter(c))
                .forEach(visible::appendCodePoint);
        return Normalizer.normalize(visible, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Zs}]+", " ").strip();
    }

    /**
     * Refuses a text longer than {@code max} characters with the given message, which names the
     * limit. Counted in UTF-16 units, as the embedded database counts them (never more than MySQL's count).
     */
    public static void requireAtMost(String text, int max, String messageKey) {
        if (text != null && text.length() > max) {
            throw new RuleViolation(messageKey, max);
        }
    }

    /** The longest reason for a decision, a reopening or a cancellation. */
    public static final int REASON_LENGTH = 2000;

    /**
     * A reason someone must give (for reopening, cancelling, deciding): cleaned and stripped;
     * refused when blank or longer than {@link #REASON_LENGTH}.
     */
    public static String reason(String reason) {
        String cleaned = cleanOrNull(reason);
        if (cleaned == null) {
            throw new RuleViolation("evaluations.error.reasonMissing");
        }
        requireAtMost(cleaned.strip(), REASON_LENGTH, "text.error.reasonLength");
        return cleaned.strip();
    }

    /** Letters that render as nothing (the Hangul fillers): invisible in a name, so not part of its key. */
    private static boolean blankLetter(int c) {
        return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0;
    }

    private static boolean kept(int c) {
        if (c == '\n' || c == '\t') {
            return true;
        }
        if (Character.getType(c) == Character.CONTROL) {
            return false;
        }
        return !(c >= 0x202A && c <= 0x202E) // embeddings and overrides (LRE, RLE, PDF, LRO, RLO)
                && !(c >= 0x2066 && c <= 0x2069) // isolates (LRI, RLI, FSI, PDI)
                && c != 0x200B // zero-width space
                && c != 0x2060 // word joiner
                && c != 0xFEFF // byte-order mark / zero-width no-break space
                && c != 0x180E // Mongolian vowel separator, invisible since Unicode 6.3
                && !(c >= 0x2061 && c <= 0x2064) // invisible mathematical operators
                && !(c >= 0xE0000 && c <= 0xE007F); // tag characters, which hide text from readers
    }
}
