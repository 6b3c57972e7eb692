package io.floorcheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PDF back the way an auditor does, with poppler-utils (pdftotext, pdffonts, pdfinfo;
 * .ci/run installs them): what the text layer says is what a search of the file finds.
 */
public final class Poppler {

    /**
     * Direction marks, and the embeddings pdftotext itself wraps right-to-left runs in (RLE … PDF);
     * never the overrides (RLO, LRO) or isolates a hostile name might carry.
     */
    private static final String MARKS = "[\\u200E\\u200F\\u061C\\u202B\\u202C]";

    private Poppler() {
    }

    /**
     * The text of the PDF (pdftotext's default reading order), with what makes the same words
     * compare unequal removed: Arabic presentation forms back to letters (NFKC), direction marks
     * dropped, runs of white space as one space.
     */
    public static String text(byte[] pdf) {
        return Normalizer.normalize(run(pdf, "pdftotext", "-enc", "UTF-8", "{}", "-"), Normalizer.Form.NFKC)
                .replaceAll(MARKS, "").replaceAll("\\s+", " ");
    }

    /** The text page by page (pdftotext separates pages with a form feed). */
    public static List<String> pages(byte[] pdf) {
        String raw = Normalizer.normalize(run(pdf, "pdftotext", "-enc", "UTF-8", "{}", "-"), Normalizer.Form.NFKC);
        List<String> pages = new ArrayList<>();
        for (String page : raw.split("\f")) {
            pages.add(page.replaceAll(MARKS, "").replaceAll("\\s+", " "));
        }
        if (!pages.isEmpty() && pages.getLast().isBlank()) {
            pages.removeLast();
        }
        return pages;
    }

    /** pdffonts' table, one line per font after the two header lines. */
    public static List<String> fonts(byte[] pdf) {
        List<String> lines = run(pdf, "pdffonts", "{}").lines().toList();
        return lines.subList(Math.min(2, lines.size()), lines.size());
    }

    public static String info(byte[] pdf) {
        return run(pdf, "pdfinfo", "{}");
    }

    private static String run(byte[] pdf, String... command) {
        try {
            Path file = Files.createTempFile("floorcheck-report", ".pdf");
            try {
                Files.write(file, pdf);
                List<String> line = new ArrayList<>();
                for (String part : command) {
                    line.add(part.equals("{}") ? file.toString() : part);
                }
                Process process = new ProcessBuilder(line).redirectErrorStream(false).start();
                byte[] out = process.getInputStream().readAllBytes();
                String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                int exit = process.waitFor();
                if (exit != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (" + exit + "): " + err);
                }
                return new String(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("poppler-utils must be installed (.ci/run installs them)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
