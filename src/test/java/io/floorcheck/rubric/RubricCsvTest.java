package io.floorcheck.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RubricCsvTest {

    private static Criterion scored(String code, String title, String weight, List<Level> levels) {
        return new Criterion(code, title, "Look at the calls", new BigDecimal(weight), 1, 5, true, false, null, levels);
    }

    private static final List<Level> FIVE = List.of(new Level(1, "Absent"), new Level(2, "Ad hoc"),
            new Level(3, "Defined"), new Level(4, "Measured"), new Level(5, "Improving"));

    private static RubricVersion version(Criterion... criteria) {
        RubricSection gates = new RubricSection("G", "Gate items", null, null, List.of(),
                List.of(new Criterion("G1", "Card data", null, null, 0, 1, false, true, "No card data heard", List.of())));
        RubricSection calls = new RubricSection("1", "Live calls — Łódź desk", "Listen in", new BigDecimal("100.000"),
                FIVE, List.of(criteria));
        return new RubricVersion(7, 3, "Visit rubric: Kraków & Bogotá", RubricPurpose.SHADOW_VISIT, 2,
                VersionStatus.PUBLISHED, null, new EvidenceRule(2, 4), null, List.of(gates, calls), 0);
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        assertThat(Arrays.copyOf(csv, 3)).as("UTF-8 byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    @Test
    void oneRowPerCriterionWithItsSectionAndEveryLevelInItsOwnColumn() throws IOException {
        byte[] csv = RubricCsv.export(version(scored("1.1", "Diagnosis", "2", List.of()),
                scored("1.2", "Ownership, \"FCR\"", "1", List.of())));

        List<CSVRecord> rows = parse(csv);
        assertThat(rows).hasSize(3);
        assertThat(rows.getFirst().getParser().getHeaderNames()).containsExactly("section_code", "section_title",
                "section_guidance", "section_weight", "section_level_1", "section_level_2", "section_level_3",
                "section_level_4", "section_level_5", "criterion_code", "criterion_title", "criterion_guidance",
                "criterion_weight", "scale_min", "scale_max", "na_allowed", "gate", "pass_condition", "upsell_minimum", "level_1",
                "level_2", "level_3", "level_4", "level_5");
        CSVRecord gate = rows.get(0);
        assertThat(gate.get("gate")).isEqualTo("true");
        assertThat(gate.get("section_weight")).isEmpty();
        assertThat(gate.get("pass_condition")).isEqualTo("No card data heard");
        CSVRecord second = rows.get(2);
        assertThat(second.get("section_title")).isEqualTo("Live calls — Łódź desk");
        assertThat(second.get("section_weight")).isEqualTo("100");
        assertThat(second.get("section_level_4")).isEqualTo("Measured");
        assertThat(second.get("criterion_title")).isEqualTo("Ownership, \"FCR\"");
        assertThat(second.get("criterion_weight")).isEqualTo("1");
        assertThat(second.get("level_1")).isEmpty();
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() throws IOException {
        byte[] csv = RubricCsv.export(version(
                scored("1.1", "=HYPERLINK(\"http://evil.example\",\"click\")", "1", FIVE),
                scored("1.2", "+1+1", "1", FIVE), scored("1.3", "-2+3", "1", FIVE),
                scored("1.4", "@SUM(A1:A2)", "1", FIVE), scored("1.5", "\t=1", "1", FIVE),
                scored("1.6", "\r=1", "1", FIVE), scored("1.7", "A plain title", "1", FIVE)));

        List<String> titles = parse(csv).stream().skip(1).map(row -> row.get("criterion_title")).toList();
        assertThat(titles).containsExactly("'=HYPERLINK(\"http://evil.example\",\"click\")", "'+1+1", "'-2+3",
                "'@SUM(A1:A2)", "'\t=1", "'\r=1", "A plain title");
    }

    @Test
    void theFileIsNamedAfterTheRubricAndVersion() {
        assertThat(RubricCsv.fileName(version(scored("1.1", "x", "1", FIVE))))
                .isEqualTo("visit-rubric-krak-w-bogot-v2.csv");
    }
}
