package io.floorcheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes the edge cases' PDFs to a folder, to look at them (render with {@code pdftoppm -png -r 60}):
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
 *     -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) \
 *     io.floorcheck.report.ReportSamples target/report-samples
 * </pre>
 */
public final class ReportSamples {

    private ReportSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/report-samples");
        Files.createDirectories(folder);
        write(folder, "scripts", new ReportFixture().vendors(List.of("北京呼叫中心", "서울 콜센터", "東京コールセンター",
                "شركة الرياض للاتصال", "מוקד תל אביב", "Smile 😀 Care 🫠"))
                .note("Agents switched between 普通话 and English; the supervisor said שלום and مرحبا 😀 twice.").build());
        write(folder, "thirty", new ReportFixture().vendorCount(30).build());
        write(folder, "long-note", new ReportFixture().note("Observed on the floor ".repeat(95) + "THE-END")
                .named("Multilingual support for the Central and Eastern European region, with German, French, "
                        + "Italian and Polish queues, 2027 to 2030").build());
        write(folder, "gate-failed", new ReportFixture().gateFailed(0, false).sectionNotApplicable(1, "2")
                .recommendations(0).build());
        write(folder, "rtl-runner-up", new ReportFixture().vendors(List.of("مركز الرياض", "Łódź Contact", "Care Three"))
                .build());
        write(folder, "lines", new ReportFixture().note("line\n".repeat(300)).build());
        write(folder, "real-names", new ReportFixture().vendors(List.of("Teleperformance Lisboa", "Transcosmos Budapest",
                "Concentrix Kraków", "Majorel Sofia", "TaskUs Manila", "Sitel Cluj-Napoca", "Webhelp Porto")).build());
        write(folder, "one", new ReportFixture().vendors(List.of("Solo Care")).build());
    }

    private static void write(Path folder, String name, ComparisonReport report) throws IOException {
        Files.write(folder.resolve(name + ".pdf"), ComparisonPdf.render(report, Locale.UK, Paper.A4));
        System.out.println(folder.resolve(name + ".pdf"));
    }
}
