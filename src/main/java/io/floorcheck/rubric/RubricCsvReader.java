package io.floorcheck.rubric;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.floorcheck.base.CsvText;
import io.floorcheck.base.ImportProblem;
import io.floorcheck.base.ImportRefused;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a rubric version from the CSV that {@link RubricCsv} writes (or a spreadsheet saved
 * from it). Checks the whole file before anything is used: every problem is reported with its
 * line, and a file with any problem yields nothing. Sections are taken in the order they first
 * appear; their columns must agree on every row of the section.
 */
public final class RubricCsvReader {

    /** Checked while the upload streams in as well, so a huge file is never held in memory. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Beyond this many problems the rest of the file adds nothing a user can act on. */
    static final int MAX_PROBLEMS = 50;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final CsvText text;

    private RubricCsvReader(CsvText text) {
        this.text = text;
    }

    /** The sections of the file, or {@link ImportRefused} with every problem found. */
    public static List<RubricSection> read(byte[] bytes) {
        RubricCsvReader reader = new RubricCsvReader(CsvText.decode(bytes, MAX_BYTES));
        List<RubricSection> sections = reader.parse();
        if (!reader.problems.isEmpty()) {
            throw new ImportRefused(reader.problems);
        }
        return sections;
    }

    private List<RubricSection> parse() {
        try (CSVParser parser = CSVParser.parse(new StringReader(text.text()), CSVFormat.RFC4180)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                problem(1, "import.empty");
                return List.of();
            }
            Header header = header(records.next());
            if (header == null) {
                return List.of();
            }
            Map<String, SectionRows> sections = new LinkedHashMap<>();
            Map<String, Long> criterionLines = new HashMap<>();
            while (records.hasNext() && problems.size() < MAX_PROBLEMS) {
                CSVRecord record = records.next();
                long line = text.lineOf(record);
                if (record.stream().allMatch(cell -> cell.isBlank())) {
                    continue;
                }
                if (record.size() != header.width()) {
                    problem(line, "import.cellCount", record.size(), header.width());
                    continue;
                }
                row(new Row(record, header, line), sections, criterionLines);
            }
            if (problems.isEmpty() && sections.isEmpty()) {
                problem(2, "import.noRows");
            }
            return sections.values().stream().map(SectionRows::section).toList();
        } catch (IOException | UncheckedIOException e) {
            // Commons CSV reports a broken quote as an IOException naming the line.
            // The parser's message names its own classes; the user needs to know what to fix.
            problem(text.lastLine(), "import.unreadable");
            return List.of();
        }
    }

    private record Header(Map<String, Integer> columns, List<Integer> sectionLevels, List<Integer> levels, int width) {
    }

    private Header header(CSVRecord record) {
        Map<String, Integer> columns = new HashMap<>();
        List<Integer> sectionLevels = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        if (record.size() == 1 && record.get(0).contains(";")) {
            problem(1, "import.semicolons");
            return null;
        }
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (columns.put(name, i) != null) {
                problem(1, "import.columnTwice", name);
            }
            if (RubricCsv.SECTION_COLUMNS.contains(name) || RubricCsv.CRITERION_COLUMNS.contains(name)
                    || RubricCsv.OPTIONAL_CRITERION_COLUMNS.contains(name)) {
                continue;
            }
            Integer level = levelOf(name, RubricCsv.SECTION_LEVEL_PREFIX);
            if (level != null) {
                sectionLevels.add(level);
                continue;
            }
            level = levelOf(name, RubricCsv.LEVEL_PREFIX);
            if (level != null) {
                levels.add(level);
            } else {
                problem(1, "import.unknownColumn", name);
            }
        }
        List<String> missing = new ArrayList<>(RubricCsv.SECTION_COLUMNS);
        missing.addAll(RubricCsv.CRITERION_COLUMNS);
        missing.removeAll(columns.keySet());
        if (!missing.isEmpty()) {
            problem(1, "import.missingColumns", String.join(", ", missing));
        }
        return problems.isEmpty() ? new Header(columns, sectionLevels, levels, record.size()) : null;
    }

    private static Integer levelOf(String column, String prefix) {
        if (!column.startsWith(prefix)) {
            return null;
        }
        String number = column.substring(prefix.length());
        if (!number.matches("\\d{1,2}")) {
            return null;
        }
        int level = Integer.parseInt(number);
        return level >= RubricRules.LOWEST_LEVEL && level <= RubricRules.HIGHEST_LEVEL ? level : null;
    }

    /** A data row, read by column name, with neutralised formulas turned back into text. */
    private record Row(CSVRecord record, Header header, long line) {

        String get(String column) {
            return CsvText.unneutralise(record.get(header.columns().get(column)));
        }

        String text(String column) {
            String cell = get(column);
            return cell.isBlank() ? null : cell.strip();
        }
    }

    private void row(Row row, Map<String, SectionRows> sections, Map<String, Long> criterionLines) {
        int before = problems.size();
        String sectionCode = required(row, "section_code");
        String sectionTitle = required(row, "section_title");
        BigDecimal sectionWeight = decimal(row, "section_weight");
        List<Level> sectionLevels = levels(row, RubricCsv.SECTION_LEVEL_PREFIX, row.header().sectionLevels());
        String code = required(row, "criterion_code");
        String title = required(row, "criterion_title");
        BigDecimal weight = decimal(row, "criterion_weight");
        Integer scaleMin = integer(row, "scale_min", 1);
        Integer scaleMax = integer(row, "scale_max", 5);
        Boolean naAllowed = bool(row, "na_allowed", true);
        Boolean gate = bool(row, "gate", false);
        Boolean upsellMinimum = row.header().columns().containsKey("upsell_minimum")
                ? bool(row, "upsell_minimum", false) : Boolean.FALSE;
        String passCondition = row.text("pass_condition");
        List<Level> levels = levels(row, RubricCsv.LEVEL_PREFIX, row.header().levels());
        if (code != null) {
            Long first = criterionLines.putIfAbsent(RubricRules.folded(code), row.line());
            if (first != null) {
                problem(row.line(), "rubrics.import.criterionTwice", code, first);
            }
        }
        if (problems.size() > before) {
            return;
        }
        Criterion criterion = new Criterion(code, title, row.text("criterion_guidance"), weight,
                scaleMin, scaleMax, naAllowed, gate, passCondition, upsellMinimum, levels);
        criterionRules(row.line(), criterion);
        RubricSection section = new RubricSection(sectionCode, sectionTitle, row.text("section_guidance"),
                sectionWeight, sectionLevels, List.of());
        sectionRules(row.line(), section);
        SectionRows rows = sections.get(RubricRules.folded(sectionCode));
        if (rows == null) {
            sections.put(RubricRules.folded(sectionCode), new SectionRows(section, row.line(), new ArrayList<>(List.of(criterion))));
        } else if (!rows.sameSectionAs(section)) {
            problem(row.line(), "rubrics.import.sectionDiffers", sectionCode, rows.firstLine());
        } else {
            rows.criteria().add(criterion);
        }
    }

    private void criterionRules(long line, Criterion criterion) {
        if (criterion.code().length() > RubricRules.CODE_LENGTH) {
            problem(line, "rubrics.import.codeLength", criterion.code(), RubricRules.CODE_LENGTH);
        }
        if (criterion.title().length() > RubricRules.TITLE_LENGTH) {
            problem(line, "rubrics.import.titleLength", RubricRules.TITLE_LENGTH);
        }
        if (criterion.gate()) {
            if (criterion.weight() != null) {
                problem(line, "rubrics.import.gateWeight", criterion.code());
            }
            if (criterion.passCondition() == null) {
                problem(line, "rubrics.import.passCondition", criterion.code());
            }
            if (!criterion.levels().isEmpty()) {
                problem(line, "rubrics.import.gateLevels", criterion.code());
            }
            if (criterion.upsellMinimum()) {
                problem(line, "rubrics.import.gateUpsell", criterion.code());
            }
        } else {
            if (criterion.weight() == null || criterion.weight().signum() <= 0) {
                problem(line, "rubrics.import.weightPositive", "criterion_weight");
            }
        }
        if (criterion.scaleMin() < RubricRules.LOWEST_LEVEL || criterion.scaleMax() > RubricRules.HIGHEST_LEVEL
                || criterion.scaleMin() >= criterion.scaleMax()) {
            problem(line, "rubrics.import.scale", criterion.scaleMin(), criterion.scaleMax(),
                    RubricRules.LOWEST_LEVEL, RubricRules.HIGHEST_LEVEL);
        } else if (!criterion.gate()) {
            criterion.levels().stream().filter(l -> l.score() < criterion.scaleMin() || l.score() > criterion.scaleMax())
                    .findFirst().ifPresent(l -> problem(line, "rubrics.import.levelOutside", l.score(),
                            criterion.scaleMin(), criterion.scaleMax()));
        }
    }

    private void sectionRules(long line, RubricSection section) {
        if (section.code().length() > RubricRules.CODE_LENGTH) {
            problem(line, "rubrics.import.codeLength", section.code(), RubricRules.CODE_LENGTH);
        }
        if (section.title().length() > RubricRules.TITLE_LENGTH) {
            problem(line, "rubrics.import.titleLength", RubricRules.TITLE_LENGTH);
        }
        if (section.weight() != null && section.weight().signum() <= 0) {
            problem(line, "rubrics.import.weightPositive", "section_weight");
        }
    }

    /** The rows of one section: its columns as first seen and its criteria so far. */
    private record SectionRows(RubricSection head, long firstLine, List<Criterion> criteria) {

        boolean sameSectionAs(RubricSection other) {
            return head.title().equals(other.title()) && Objects.equals(head.guidance(), other.guidance())
                    && compare(head.weight(), other.weight()) && head.levels().equals(other.levels());
        }

        private static boolean compare(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }

        RubricSection section() {
            return new RubricSection(head.code(), head.title(), head.guidance(), head.weight(), head.levels(),
                    criteria);
        }
    }

    private String required(Row row, String column) {
        String value = row.text(column);
        if (value == null) {
            problem(row.line(), "import.required", column);
        }
        return value;
    }

    private BigDecimal decimal(Row row, String column) {
        String value = row.text(column);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.abs().compareTo(new BigDecimal("10000")) >= 0 || number.stripTrailingZeros().scale() > 3) {
                problem(row.line(), "rubrics.import.weightRange", column, value);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(row.line(), "import.notANumber", column, value);
            return null;
        }
    }

    private Integer integer(Row row, String column, int absent) {
        String value = row.text(column);
        if (value == null) {
            return absent;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problem(row.line(), "import.notAWholeNumber", column, value);
            return null;
        }
    }

    private Boolean bool(Row row, String column, boolean absent) {
        String value = row.text(column);
        if (value == null) {
            return absent;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "no", "n", "0" -> Boolean.FALSE;
            default -> {
                problem(row.line(), "import.notYesNo", column, value);
                yield null;
            }
        };
    }

    private static List<Level> levels(Row row, String prefix, List<Integer> columns) {
        TreeMap<Integer, String> levels = new TreeMap<>();
        for (int level : columns) {
            String descriptor = row.text(prefix + level);
            if (descriptor != null) {
                levels.put(level, descriptor);
            }
        }
        return levels.entrySet().stream().map(e -> new Level(e.getKey(), e.getValue())).toList();
    }

    private void problem(long line, String key, Object... args) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(ImportProblem.at(line, key, args));
        }
    }
}
