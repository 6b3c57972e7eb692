package io.floorcheck.comparison.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;

/**
 * The comparison PDF's file name, {@code Floorcheck – <evaluation> – <yyyy-mm-dd>.pdf}, made safe
 * for every operating system (no path separators, reserved or control characters, bidi
 * overrides), and its Content-Disposition header after RFC 6266: an ASCII {@code filename} for
 * old clients and the exact name as {@code filename*} in UTF-8 (RFC 8187).
 */
final class PdfFileName {

    private static final int NAME_LENGTH = 100;

    private PdfFileName() {
    }

    static String of(String evaluationName, LocalDate date) {
        return "Floorcheck – " + safe(evaluationName) + " – " + date + ".pdf";
    }

    static String contentDisposition(String fileName) {
        String ascii = Normalizer.normalize(fileName.replace('–', '-'), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** The name without what a file system or a header must not get, at most 100 characters. */
    private static String safe(String name) {
        String cleaned = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cc}\\p{Cf}\\u2028\\u2029]", " ")
                .replaceAll("[/\\\\:*?\"<>|]", "-")
                .replaceAll("\\s+", " ").strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1).strip();
        }
        if (cleaned.codePointCount(0, cleaned.length()) > NAME_LENGTH) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, NAME_LENGTH)).strip();
        }
        return cleaned.isEmpty() ? "evaluation" : cleaned;
    }
}
