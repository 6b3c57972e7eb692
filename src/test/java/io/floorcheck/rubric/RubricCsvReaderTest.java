package io.floorcheck.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.floorcheck.base.ImportProblem;
import io.floorcheck.base.ImportRefused;
import org.junit.jupiter.api.Test;

/** Reading rubric CSV: what export writes comes back the same; anything wrong is named with its line. */
class RubricCsvReaderTest {

    private static final List<Level> FIVE = List.of(new Level(1, "Absent"), new Level(2, "Ad hoc"),
            new Level(3, "Defined"), new Level(4, "Measured"), new Level(5, "Improving"));
    private static final String HEADER = "section_code,section_title,section_guidance,section_weight,"
            + "criterion_code,criterion_title,criterion_guidance,criterion_weight,scale_min,scale_max,na_allowed,gate,"
            + "pass_condition,level_1,level_2,level_3,level_4,level_5\n";
    private static final String GOOD_ROW = "1,Calls,,100,1.1,Greeting,,1,1,5,true,false,,a,b,c,d,e\n";

    private static RubricVersion version() {
        RubricSection gates = new RubricSection("G", "Gate items", "Pass or fail", null, List.of(),
                List.of(new Criterion("G1", "Card data", null, null, 1, 5, false, true, "No card data heard",
                        List.of())));
        RubricSection calls = new RubricSection("1", "Live calls — Łódź desk", "Listen in, \"quietly\"",
                new BigDecimal("60"), FIVE, List.of(
                        new Criterion("1.1", "=Greeting, then +1 rule", "Multi\nline guidance", new BigDecimal("2"),
                                1, 5, true, false, null, List.of()),
                        new Criterion("1.2", "Resolution", null, new BigDecimal("1.5"), 1, 5, false, false, null,
                                true, List.of(new Level(1, "-never"), new Level(2, "rarely"), new Level(3, "often"),
                                        new Level(4, "mostly"), new Level(5, "@always")))));
        RubricSection people = new RubricSection("2", "People", null, new BigDecimal("40"), List.of(),
                List.of(new Criterion("2.1", "Coaching", null, new BigDecimal("1"), 0, 3, true, false, null,
                        List.of(new Level(0, "none"), new Level(1, "some"), new Level(2, "regular"),
                                new Level(3, "systematic")))));
        return new RubricVersion(1, 1, "Visit", RubricPurpose.SHADOW_VISIT, 1, VersionStatus.PUBLISHED, null,
                new EvidenceRule(2, 4), null, List.of(gates, calls, people), 0);
    }

    private static List<ImportProblem> refused(String csv) {
        return refused(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<ImportProblem> refused(byte[] csv) {
        return catchThrowableOfType(ImportRefused.class, () -> RubricCsvReader.read(csv)).problems();
    }

    private static String lineAndKey(ImportProblem problem) {
        return problem.line() + " " + problem.key();
    }

    @Test
    void whatExportWritesReadsBackAsTheSameSectionsFormulasQuotesAndLineBreaksIncluded() {
        RubricVersion original = version();

        List<RubricSection> read = RubricCsvReader.read(RubricCsv.export(original));

        assertThat(read).isEqualTo(original.sections());
    }

    @Test
    void aFileWithoutByteOrderMarkAndWithBlankTrailingLinesIsFine() {
        List<RubricSection> read = RubricCsvReader.read((HEADER + GOOD_ROW + ",,,,,,,,,,,,,,,,,\n\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(read).singleElement().satisfies(section -> {
            assertThat(section.weight()).isEqualByComparingTo("100");
            assertThat(section.criteria()).singleElement().satisfies(c -> assertThat(c.levels()).hasSize(5));
        });
    }

    @Test
    void missingColumnsAreNamedOnLineOne() {
        List<ImportProblem> problems = refused("section_code,section_title,criterion_code\n1,Calls,1.1\n");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(lineAndKey(problem)).isEqualTo("1 import.missingColumns");
            assertThat(problem.args().getFirst().toString()).contains("section_weight", "criterion_weight", "gate");
        });
    }

    @Test
    void everyBadNumberIsReportedWithItsLineAndColumn() {
        List<ImportProblem> problems = refused(HEADER + GOOD_ROW
                + "1,Calls,,100,1.2,Tone,,heavy,1,5,true,false,,a,b,c,d,e\n"
                + "1,Calls,,100,1.3,Hold,,1,one,5,true,false,,a,b,c,d,e\n"
                + "1,Calls,,100,1.4,Wrap,,1,1,5,maybe,false,,a,b,c,d,e\n");

        assertThat(problems).extracting(RubricCsvReaderTest::lineAndKey).containsExactly(
                "3 import.notANumber", "4 import.notAWholeNumber", "5 import.notYesNo");
        assertThat(problems.getFirst().args()).containsExactly("criterion_weight", "heavy");
    }

    @Test
    void aDuplicateCriterionNamesTheLineItFirstAppearedOn() {
        List<ImportProblem> problems = refused(HEADER + GOOD_ROW + "2,People,,,1.1,Again,,1,1,5,true,false,,,,,,\n");

        assertThat(problems).extracting(RubricCsvReaderTest::lineAndKey)
                .containsExactly("3 rubrics.import.criterionTwice");
        assertThat(problems.getFirst().args()).containsExactly("1.1", 2L);
    }

    @Test
    void lineNumbersCountLineBreaksInsideQuotedCells() {
        List<ImportProblem> problems = refused(HEADER
                + "1,Calls,\"Listen\nthen\nwrite\",100,1.1,Greeting,,1,1,5,true,false,,a,b,c,d,e\n"
                + "1,Calls,\"Listen\nthen\nwrite\",100,1.2,,,1,1,5,true,false,,a,b,c,d,e\n");

        assertThat(problems).extracting(RubricCsvReaderTest::lineAndKey).containsExactly("5 import.required");
    }

    @Test
    void aFileInAnotherEncodingIsRefusedAtTheLineOfTheFirstBadByte() {
        byte[] latin1 = (HEADER + GOOD_ROW + "2,Qualité,,1,2.1,Écoute,,1,1,5,true,false,,a,b,c,d,e\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refused(latin1)).extracting(RubricCsvReaderTest::lineAndKey)
                .containsExactly("3 import.notUtf8");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() {
        byte[] huge = new byte[RubricCsvReader.MAX_BYTES + 1];

        assertThat(refused(huge)).extracting(RubricCsvReaderTest::lineAndKey)
                .containsExactly("0 import.tooLarge");
    }

    @Test
    void gatesCarryNoWeightAndNeedAPassConditionAndScoredCriteriaNeedAPositiveWeight() {
        List<ImportProblem> problems = refused(HEADER
                + "G,Gates,,,G1,Licences,,2,1,5,false,true,,,,,,\n"
                + "1,Calls,,100,1.1,Greeting,,-1,1,5,true,false,,a,b,c,d,e\n"
                + "1,Calls,,100,1.2,Empathy,,1,5,5,true,false,,a,b,c,d,e\n");

        assertThat(problems).extracting(RubricCsvReaderTest::lineAndKey).containsExactly(
                "2 rubrics.import.gateWeight", "2 rubrics.import.passCondition", "3 rubrics.import.weightPositive",
                "4 rubrics.import.scale");
    }

    @Test
    void theMinimumForUpsellsIsOptionalInAFileAndNeverOnAGate() {
        String header = HEADER.replace("pass_condition,", "pass_condition,upsell_minimum,");
        List<RubricSection> read = RubricCsvReader.read((header
                + "R,Quality,,100,R1,Evidence,,25,1,5,true,false,,yes,a,b,c,d,e\n"
                + "R,Quality,,100,R2,Specific,,20,1,5,true,false,,,a,b,c,d,e\n").getBytes(StandardCharsets.UTF_8));
        assertThat(read.getFirst().criteria()).extracting(Criterion::upsellMinimum).containsExactly(true, false);
        assertThat(RubricCsvReader.read((HEADER + GOOD_ROW).getBytes(StandardCharsets.UTF_8)).getFirst().criteria()
                .getFirst().upsellMinimum()).as("a file from before the column").isFalse();

        assertThat(refused(header + "G,Gates,,,G1,Licences,,,0,1,false,true,Shown,true,,,,,\n"))
                .extracting(RubricCsvReaderTest::lineAndKey).containsExactly("2 rubrics.import.gateUpsell");
    }

    @Test
    void aSectionMustReadTheSameOnEveryRow() {
        List<ImportProblem> problems = refused(HEADER + GOOD_ROW
                + "1,Calls,,90,1.2,Tone,,1,1,5,true,false,,a,b,c,d,e\n");

        assertThat(problems).extracting(RubricCsvReaderTest::lineAndKey)
                .containsExactly("3 rubrics.import.sectionDiffers");
    }

    @Test
    void semicolonSeparatedFilesGetAHintAndUnknownColumnsAreNamed() {
        assertThat(refused("section_code;section_title\n1;Calls\n")).extracting(RubricCsvReaderTest::lineAndKey)
                .containsExactly("1 import.semicolons");
        assertThat(refused(HEADER.replace("level_5", "levle_5") + GOOD_ROW))
                .extracting(RubricCsvReaderTest::lineAndKey).containsExactly("1 import.unknownColumn");
    }

    @Test
    void emptyAndHeaderOnlyFilesAreRefused() {
        assertThat(refused("")).extracting(RubricCsvReaderTest::lineAndKey).containsExactly("1 import.empty");
        assertThat(refused(HEADER)).extracting(RubricCsvReaderTest::lineAndKey)
                .containsExactly("2 import.noRows");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsNamed() {
        assertThat(refused(HEADER + "1,Calls,,100\n")).extracting(RubricCsvReaderTest::lineAndKey)
                .containsExactly("2 import.cellCount");
    }
}
