package io.floorcheck.e2e;

import static io.floorcheck.db.Tables.EVALUATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.floorcheck.comparison.IndependentRecompute;
import io.floorcheck.comparison.internal.ComparisonRepository;
import io.floorcheck.scoring.Agreement;
import io.floorcheck.scoring.GateStatus;
import io.floorcheck.scoring.ScoringEngine;
import io.floorcheck.scoring.ScoringResult;
import io.floorcheck.scoring.VendorResult;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo's decided evaluation, as a newcomer finds it on first start: the comparison's figures
 * (printed, for the record), and its data package downloaded from the evaluation page in
 * Chromium, recomputed by independent code.
 */
@ProductionAppIT
class DecidedDemoIT {

    @LocalServerPort
    int port;

    @Autowired DSLContext db;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Chromium.start(1024, 768);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private long evaluation() {
        return db.select(EVALUATION.ID).from(EVALUATION)
                .where(EVALUATION.NAME.eq("Multilingual support outsourcing 2026")).fetchSingle(EVALUATION.ID);
    }

    @Test
    void theDecidedEvaluationRecommendsLodzWithItsFiguresAndTheirPackageRecomputes() throws IOException {
        long id = evaluation();
        // The engine on the data as loaded (who may see it is the service's test; here, the numbers).
        ScoringResult result = ScoringEngine.compute(new ComparisonRepository(db).load(id).orElseThrow().input());
        print(result);

        VendorResult lodz = byName(result, "Łódź Contact");
        VendorResult daNang = byName(result, "Đà Nẵng Care");
        VendorResult cluj = byName(result, "Transilvania Hub");
        assertThat(result.recommended()).isEqualTo(lodz.id());
        assertThat(lodz.rank()).isEqualTo(1);
        assertThat(daNang.gateStatus()).as("the device-control gate failed, and the CISO waived it")
                .isEqualTo(GateStatus.WAIVED);
        assertThat(daNang.gates().get("G2")).isEqualTo(GateStatus.WAIVED);
        assertThat(daNang.recommendable()).isTrue();
        assertThat(result.runnerUp()).isEqualTo(cluj.id());
        assertThat(lodz.overall() - cluj.overall()).as("clear, not overwhelming").isBetween(1.0, 8.0);
        assertThat(List.of(lodz, daNang, cluj)).allSatisfy(v -> {
            assertThat(v.ciLow()).isLessThanOrEqualTo(v.overall());
            assertThat(v.ciHigh()).isGreaterThanOrEqualTo(v.overall());
        });
        assertThat(result.recommendedBeatsRunnerUp().defined()).isTrue();
        assertThat(result.agreement().icc().icc21().defined()).isTrue();
        assertThat(result.agreement().alphaInterval().defined()).isTrue();
        assertThat(result.agreement().kendallRaters()).isEqualTo(4);
        assertThat(result.mostCritical()).isNotNull();
        assertThat(result.disagreements()).filteredOn(d -> d.flagged()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(cluj.recommendations()).hasSize(6);
        assertThat(lodz.recommendations()).as("the duplicate was merged").hasSize(5);
        assertThat(daNang.recommendations()).as("the upsell is still there, at the minimum on R1 and R7").hasSize(5);

        // The lead downloads the data package from the evaluation page and recomputes it.
        Chromium.signIn(browser, wait, port, "priya.nair@example.com");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-welcome")));
        browser.get("http://localhost:" + port + "/evaluations/view/" + id);
        String href = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluation-data-package")))
                .getAttribute("href");
        assertThat(href).endsWith("/evaluations/" + id + "/data.zip");
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(body => done({status: r.status,"
                        + " disposition: r.headers.get('content-disposition'),"
                        + " text: r.status == 200 ? '' : new TextDecoder().decode(body),"
                        + " body: btoa(String.fromCharCode(...new Uint8Array(body)))})));", href);
        assertThat(download.get("status")).as((String) download.get("text")).isEqualTo(200L);
        assertThat((String) download.get("disposition"))
                .contains("floorcheck-multilingual-support-outsourcing-2026-", "-data.zip");
        Map<String, String> files = IndependentRecompute.unzip(Base64.getDecoder().decode((String) download.get("body")));
        Map<String, double[]> recomputed = IndependentRecompute.overall(IndependentRecompute.csv(files.get("rubric.csv")),
                IndependentRecompute.csv(files.get("weights.csv")).getFirst(),
                IndependentRecompute.csv(files.get("scores.csv")), IndependentRecompute.csv(files.get("consensus.csv")));
        List<CSVRecord> results = IndependentRecompute.csv(files.get("results.csv"));
        assertThat(results).hasSize(3);
        for (CSVRecord row : results) {
            double[] expected = recomputed.get(row.get("vendor"));
            assertThat(Double.parseDouble(row.get("overall"))).as(row.get("vendor")).isCloseTo(expected[2],
                    within(1e-9));
        }
        Chromium.screenshot(browser, "decided-evaluation-1024");

        // On the open evaluation, where scoring goes on, the lead has no comparison to download.
        browser.get("http://localhost:" + port + "/evaluations/view/" + db.select(EVALUATION.ID).from(EVALUATION)
                .where(EVALUATION.NAME.eq("Inbound customer care outsourcing 2027")).fetchSingle(EVALUATION.ID));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluation-title")));
        assertThat(browser.findElements(By.id("evaluation-data-package"))).as("no link while scoring is open")
                .isEmpty();
    }

    private static VendorResult byName(ScoringResult result, String name) {
        return result.vendors().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    private static void print(ScoringResult result) {
        StringBuilder out = new StringBuilder("\n== Decided demo evaluation ==\n");
        for (VendorResult v : result.vendors()) {
            out.append(String.format(Locale.ROOT, "%d. %-18s overall %.1f (95 %% %.1f–%.1f) visit %.1f leadership %.1f"
                    + " gates %s%s%n", v.rank(), v.name(), v.overall(), v.ciLow(), v.ciHigh(), v.visitPart(),
                    v.leadershipPart(), v.gateStatus(), v.recommendable() ? "" : " NOT RECOMMENDABLE"));
        }
        Agreement a = result.agreement();
        out.append(String.format(Locale.ROOT, "recommended %s; P(beats runner-up) %.3f; too close: %s%n",
                result.recommended(), result.recommendedBeatsRunnerUp().value(), result.tooCloseToCall()));
        out.append(String.format(Locale.ROOT, "ICC(2,1) %.3f (%s), ICC(2,k) %.3f, alpha interval %.3f (%s), "
                + "ordinal %.3f, Kendall W %.3f (%s)%n", a.icc().icc21().value(), Agreement.iccBand(a.icc().icc21()),
                a.icc().icc2k().value(), a.alphaInterval().value(), Agreement.alphaBand(a.alphaInterval()),
                a.alphaOrdinal().value(), a.kendallW().value(), Agreement.kendallBand(a.kendallW())));
        result.sensitivity().forEach(t -> out.append(String.format(Locale.ROOT, "weight %s: %.1f → %s%n", t.weight(),
                t.current(), t.tippingWeight() == null ? "no weight changes it"
                        : String.format(Locale.ROOT, "%.2f (new leader %d)", t.tippingWeight(), t.newLeader()))));
        out.append("most critical: ").append(result.mostCritical()).append('\n');
        result.disagreements().stream().filter(d -> d.flagged()).forEach(d -> out.append(String.format(Locale.ROOT,
                "disagreement %s vendor %d %s%s spread %.0f%n", d.part(), d.vendor(),
                d.recommendation() == null ? "" : d.recommendation() + " ", d.criterion(), d.spread())));
        System.out.println(out);
    }
}
