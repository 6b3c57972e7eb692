package io.floorcheck.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stats command on a ratings file: the published figures, and bad input named by its line. */
class StatsCommandTest {

    @TempDir Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run stats(String csv) throws IOException {
        Path file = dir.resolve("ratings.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return stats(file);
    }

    private static Run stats(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = StatsCommand.run(new String[] {"stats", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Shrout &amp; Fleiss (1979) Table 2: ICCs .1657 .2898 .7148 .4428 .6201 .9093; Kendall's W computed alike. */
    @Test
    void shroutAndFleissTable2PrintsEveryStatisticWithFourDecimals() throws IOException {
        Run run = stats("""
                target,J1,J2,J3,J4
                S1,9,2,5,8
                S2,6,1,3,2
                S3,8,4,6,8
                S4,7,1,2,6
                S5,10,5,6,9
                S6,6,2,4,7
                """);

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).startsWith("icc1_1=0.1657", "icc2_1=0.2898", "icc3_1=0.7148", "icc1_k=0.4428",
                "icc2_k=0.6201", "icc3_k=0.9093").contains("n_targets=6", "n_raters=4")
                .anyMatch(line -> line.matches("alpha_nominal=-?0\\.\\d{4}"))
                .anyMatch(line -> line.matches("kendall_w=0\\.\\d{4}"));
        assertThat(run.err()).isEmpty();
    }

    /** Krippendorff (2011): empty cells are missing; α 0.7434 / 0.8154 / 0.8491 / 0.7974; ICCs use complete rows. */
    @Test
    void missingCellsAreAllowedAndAnUndefinedStatisticSaysWhyOnStandardError() throws IOException {
        Run run = stats("""
                unit,A,B,C,D
                1,1,1,,1
                2,2,2,3,2
                3,3,3,3,3
                4,3,3,3,3
                5,2,2,2,2
                6,1,2,3,4
                7,4,4,4,4
                8,1,1,2,1
                9,2,2,2,2
                10,,5,5,5
                11,,,1,1
                12,,3,,
                """);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("alpha_nominal=0.7434", "alpha_ordinal=0.8154", "alpha_interval=0.8491",
                "alpha_ratio=0.7974", "n_targets=12", "n_raters=4");

        Run flat = stats("item,a,b\nx,3,3\ny,3,3\n");
        assertThat(flat.exit()).isZero();
        assertThat(flat.out()).contains("alpha_interval=NaN", "kendall_w=NaN");
        assertThat(flat.err()).contains("alpha_interval: every rating is the same value",
                "kendall_w: every rater tied every target");
    }

    @Test
    void badInputNamesTheLineAndExitsWithTwo() throws IOException {
        assertThat(stats("t,a,b\nx,1,2\ny,1,two\n")).satisfies(run -> {
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("Line 3, column 3: \"two\" is not a number");
        });
        assertThat(stats("t,a,b\nx,1,2\ny,1\n").err()).contains("Line 3: 1 ratings for 2 raters");
        assertThat(stats("t,a,b\nx,1,2\ny,5d,0x1p2\n").err()).as("only plain decimals")
                .contains("Line 3, column 2: \"5d\" is not a number");
        assertThat(stats("t,a,b\n\"a target\nover two lines\",1,2\ny,1,x\n").err())
                .as("lines as the file has them, a quoted line break included")
                .contains("Line 4, column 3: \"x\" is not a number");
        assertThat(stats("t,a\nx,1\ny,2\n").err()).contains("Line 1: the header names 1 rater(s)");
        assertThat(stats("t,a,b\nx,1,2\n").err()).contains("has 1 target row(s); at least 2 are needed");
        Run missing = stats(dir.resolve("no-such-file.csv"));
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("Cannot read");
        Path binary = dir.resolve("binary.csv");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        assertThat(stats(binary).exit()).isEqualTo(2);
    }
}
