package io.floorcheck.base;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

/**
 * What every CSV import shares: a size limit, strict UTF-8 (a file saved in another encoding
 * would silently garble every accent) with an optional byte-order mark, and line numbers that
 * count line breaks inside quoted cells, so an error message points at the line a user sees.
 */
public final class CsvText {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String text;
    private int countedTo;
    private long lineAtCounted = 1;

    private CsvText(String text) {
        this.text = text;
    }

    /** The file's text, or {@link ImportRefused} when it is too large or not UTF-8. */
    public static CsvText decode(byte[] bytes, int maxBytes) {
        if (bytes.length > maxBytes) {
            throw new ImportRefused(List.of(ImportProblem.at(0, "import.tooLarge", maxBytes / (1024 * 1024))));
        }
        int start = startsWithBom(bytes) ? UTF8_BOM.length : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            long line = 1;
            for (int i = start; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ImportRefused(List.of(ImportProblem.at(line, "import.notUtf8")));
        }
        decoder.flush(out);
        return new CsvText(out.flip().toString());
    }

    public String text() {
        return text;
    }

    /** The line a record starts on. Records must be asked for in file order. */
    public long lineOf(CSVRecord record) {
        int position = (int) record.getCharacterPosition();
        for (; countedTo < position && countedTo < text.length(); countedTo++) {
            if (text.charAt(countedTo) == '\n') {
                lineAtCounted++;
            }
        }
        return lineAtCounted;
    }

    /** The last line counted so far: where a parse error that names no record happened. */
    public long lastLine() {
        return lineAtCounted;
    }

    /** A cell a spreadsheet export neutralised with a leading apostrophe, turned back into its text. */
    public static String unneutralise(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    /** A cell a spreadsheet would run as a formula (= + - @ tab CR first) gets a leading apostrophe. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }
}
