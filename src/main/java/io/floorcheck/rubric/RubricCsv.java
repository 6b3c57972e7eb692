package io.floorcheck.rubric;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.floorcheck.base.CsvText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A rubric version as CSV: one row per criterion, with its section repeated on every row so
 * each row stands alone in a spreadsheet. Level descriptors get one column per score level
 * (section-level descriptors and criterion-level descriptors separately, as they are stored).
 *
 * <p>Written as UTF-8 with a byte-order mark, because that is how spreadsheet programs
 * recognise UTF-8; cells a spreadsheet would run as a formula are neutralised.
 */
public final class RubricCsv {

    public static final List<String> SECTION_COLUMNS =
            List.of("section_code", "section_title", "section_guidance", "section_weight");
    public static final List<String> CRITERION_COLUMNS = List.of("criterion_code", "criterion_title",
            "criterion_guidance", "criterion_weight", "scale_min", "scale_max", "na_allowed", "gate", "pass_condition");
    /** Columns a file may leave out (older exports): a criterion without it has no upsell rule. */
    public static final List<String> OPTIONAL_CRITERION_COLUMNS = List.of("upsell_minimum");
    public static final String SECTION_LEVEL_PREFIX = "section_level_";
    public static final String LEVEL_PREFIX = "level_";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private RubricCsv() {
    }

    public static byte[] export(RubricVersion version) {
        List<Integer> levels = levelRange(version);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(UTF8_BOM);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            csv.printRecord(header(levels));
            for (RubricSection section : version.sections()) {
                for (Criterion criterion : section.criteria()) {
                    csv.printRecord(row(section, criterion, levels).stream().map(CsvText::neutralise).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing CSV to memory failed", e);
        }
        return bytes.toByteArray();
    }

    /** A file name that says which rubric and version it is. */
    public static String fileName(RubricVersion version) {
        String name = version.rubricName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return (name.isEmpty() ? "rubric" : name) + "-v" + version.number() + ".csv";
    }

    private static List<Integer> levelRange(RubricVersion version) {
        var scored = version.sections().stream().flatMap(section -> section.criteria().stream())
                .filter(criterion -> !criterion.gate()).toList();
        if (scored.isEmpty()) {
            return List.of();
        }
        int min = scored.stream().mapToInt(Criterion::scaleMin).min().orElseThrow();
        int max = scored.stream().mapToInt(Criterion::scaleMax).max().orElseThrow();
        return IntStream.rangeClosed(min, max).boxed().toList();
    }

    private static List<String> header(List<Integer> levels) {
        List<String> header = new ArrayList<>(SECTION_COLUMNS);
        levels.forEach(level -> header.add(SECTION_LEVEL_PREFIX + level));
        header.addAll(CRITERION_COLUMNS);
        header.addAll(OPTIONAL_CRITERION_COLUMNS);
        levels.forEach(level -> header.add(LEVEL_PREFIX + level));
        return header;
    }

    private static List<String> row(RubricSection section, Criterion criterion, List<Integer> levels) {
        List<String> row = new ArrayList<>();
        row.add(section.code());
        row.add(section.title());
        row.add(section.guidance());
        row.add(number(section.weight()));
        levels.forEach(level -> row.add(descriptor(section.levels(), level)));
        row.add(criterion.code());
        row.add(criterion.title());
        row.add(criterion.guidance());
        row.add(number(criterion.weight()));
        row.add(String.valueOf(criterion.scaleMin()));
        row.add(String.valueOf(criterion.scaleMax()));
        row.add(String.valueOf(criterion.naAllowed()));
        row.add(String.valueOf(criterion.gate()));
        row.add(criterion.passCondition());
        row.add(String.valueOf(criterion.upsellMinimum()));
        levels.forEach(level -> row.add(descriptor(criterion.levels(), level)));
        return row;
    }

    private static String descriptor(List<Level> levels, int score) {
        return levels.stream().filter(level -> level.score() == score).map(Level::descriptor).findFirst().orElse("");
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
