package io.floorcheck.comparison;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.floorcheck.base.CsvText;
import io.floorcheck.base.ImportProblem;
import io.floorcheck.base.ImportRefused;
import io.floorcheck.scoring.Icc;
import io.floorcheck.scoring.KendallW;
import io.floorcheck.scoring.KrippendorffAlpha;
import io.floorcheck.scoring.Ratings;
import io.floorcheck.scoring.Statistic;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code java -jar floorcheck.jar stats FILE.csv}: the agreement statistics of a ratings table,
 * without Spring or a database, so anyone can check the app's figures (or their own) with the
 * same code. FILE.csv: a header row naming the raters after a first cell for the targets' names;
 * one row per target, its name first; empty cells are missing ratings. Prints one line per
 * statistic with four decimals; an undefined one prints NaN, and why on standard error. Bad input
 * names its line and exits with 2.
 */
public final class StatsCommand {

    public static final String NAME = "stats";
    static final int BAD_INPUT = 2;
    private static final int MAX_BYTES = 50 * 1024 * 1024;
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private StatsCommand() {
    }

    /** Runs the command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("Usage: java -jar floorcheck.jar stats FILE.csv");
            return BAD_INPUT;
        }
        Ratings ratings;
        try {
            ratings = read(Path.of(args[1]));
        } catch (BadInput bad) {
            err.println(bad.getMessage());
            return BAD_INPUT;
        }
        Icc icc = Icc.of(ratings);
        print(out, err, "icc1_1", icc.icc11());
        print(out, err, "icc2_1", icc.icc21());
        print(out, err, "icc3_1", icc.icc31());
        print(out, err, "icc1_k", icc.icc1k());
        print(out, err, "icc2_k", icc.icc2k());
        print(out, err, "icc3_k", icc.icc3k());
        for (KrippendorffAlpha.Metric metric : KrippendorffAlpha.Metric.values()) {
            print(out, err, "alpha_" + metric.name().toLowerCase(Locale.ROOT), KrippendorffAlpha.of(ratings, metric));
        }
        print(out, err, "kendall_w", KendallW.of(ratings));
        out.println("n_targets=" + ratings.targets());
        out.println("n_raters=" + ratings.raters());
        return 0;
    }

    private static void print(PrintStream out, PrintStream err, String name, Statistic statistic) {
        if (statistic.defined()) {
            out.println(name + "=" + String.format(Locale.ROOT, "%.4f", statistic.value()));
        } else {
            out.println(name + "=NaN");
            err.println(name + ": " + statistic.undefinedBecause());
        }
    }

    static Ratings read(Path file) {
        CsvText text;
        try {
            text = CsvText.decode(Files.readAllBytes(file), MAX_BYTES);
        } catch (ImportRefused refused) {
            ImportProblem problem = refused.problems().getFirst();
            throw new BadInput(problem.key().equals("import.notUtf8")
                    ? file + ", line " + problem.line() + ": not UTF-8 text"
                    : file + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        } catch (IOException unreadable) {
            throw new BadInput("Cannot read " + file + ": " + unreadable.getMessage());
        }
        List<double[]> rows = new ArrayList<>();
        int raters;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get()
                .parse(new StringReader(text.text()))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw new BadInput(file + " is empty: it needs a header row naming the raters");
            }
            raters = records.getFirst().size() - 1;
            if (raters < 2) {
                throw new BadInput("Line 1: the header names " + Math.max(raters, 0)
                        + " rater(s) after the targets' column; at least 2 are needed");
            }
            for (CSVRecord record : records) {
                long line = text.lineOf(record);
                if (record.getRecordNumber() == 1 || record.size() == 1 && record.get(0).isBlank()) {
                    continue; // the header, or a blank line
                }
                if (record.size() != raters + 1) {
                    throw new BadInput("Line " + line + ": " + (record.size() - 1) + " ratings for " + raters
                            + " raters (every row has the target's name and one cell per rater)");
                }
                double[] row = new double[raters];
                for (int r = 0; r < raters; r++) {
                    row[r] = number(record.get(r + 1), line, r + 2);
                }
                rows.add(row);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException malformed) {
            throw new BadInput(file + ", line " + text.lastLine() + ": not readable as CSV ("
                    + malformed.getMessage() + ")");
        }
        if (rows.size() < 2) {
            throw new BadInput(file + " has " + rows.size() + " target row(s); at least 2 are needed");
        }
        return Ratings.of(rows.toArray(double[][]::new));
    }

    /** A plain decimal number (a dot, an optional exponent); nothing Java alone would read, like 5d or 0x1p2. */
    private static double number(String cell, long line, int column) {
        String value = cell.strip();
        if (value.isEmpty()) {
            return Double.NaN;
        }
        if (!DECIMAL.matcher(value).matches()) {
            throw new BadInput("Line " + line + ", column " + column + ": \"" + cell + "\" is not a number");
        }
        return Double.parseDouble(value);
    }

    /** Input the command cannot use, with the line to fix. */
    static final class BadInput extends RuntimeException {
        BadInput(String message) {
            super(message);
        }
    }
}
