package io.floorcheck.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar runs the stats command as documented: no Spring, no database, exit 2 on bad input. */
class StatsCommandIT {

    @TempDir Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run jar(Path file) throws IOException, InterruptedException {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("floorcheck-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Package the jar first (mvn verify does)"));
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "stats", file.toString()))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command ends on its own").isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void theJarPrintsTheStatisticsOfAFileAndRefusesABadOne() throws Exception {
        Path good = dir.resolve("shrout-fleiss.csv");
        Files.writeString(good, "target,J1,J2,J3,J4\nS1,9,2,5,8\nS2,6,1,3,2\nS3,8,4,6,8\nS4,7,1,2,6\nS5,10,5,6,9\n"
                + "S6,6,2,4,7\n");
        Run run = jar(good);
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).startsWith("icc1_1=0.1657", "icc2_1=0.2898").contains("n_raters=4");
        assertThat(run.out()).as("no Spring banner, no application log").doesNotContain("Spring", "INFO");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "target,J1,J2\nS1,9,x\nS2,1,2\n");
        Run refused = jar(bad);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("Line 2, column 3");
    }
}
