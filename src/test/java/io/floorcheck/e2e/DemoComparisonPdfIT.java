package io.floorcheck.e2e;

import static io.floorcheck.db.Tables.EVALUATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.floorcheck.comparison.ComparisonData;
import io.floorcheck.comparison.IndependentRecompute;
import io.floorcheck.comparison.internal.ComparisonRepository;
import io.floorcheck.report.Figures;
import io.floorcheck.report.Poppler;
import io.floorcheck.scoring.ScoringEngine;
import io.floorcheck.scoring.ScoringResult;
import io.floorcheck.scoring.Tipping;
import io.floorcheck.scoring.VendorResult;
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
 * The demo's decided evaluation as leadership gets it: "Download PDF" on the comparison view in
 * Chromium, the file read back with poppler. Page one says the answer, and every number on it is
 * one of the engine's figures as displayed; every candidate is named as typed; the fonts are
 * embedded; the SHA-256 printed is the one of the data package's scores.csv downloaded beside it.
 */
@ProductionAppIT
class DemoComparisonPdfIT {

    private static final Locale DISPLAY = Locale.ENGLISH;

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

    @Test
    void theLeadDownloadsThePdfAndPageOneSaysTheAnswerWithTheEnginesFigures() throws Exception {
        long id = db.select(EVALUATION.ID).from(EVALUATION)
                .where(EVALUATION.NAME.eq("Multilingual support outsourcing 2026")).fetchSingle(EVALUATION.ID);
        ComparisonData data = new ComparisonRepository(db).load(id).orElseThrow();
        ScoringResult result = ScoringEngine.compute(data.input());

        Chromium.signIn(browser, wait, port, "priya.nair@example.com");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-welcome")));
        browser.get("http://localhost:" + port + "/evaluations/" + id + "/comparison");
        String pdfHref = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comparison-pdf-a4")))
                .getAttribute("href");
        assertThat(browser.findElement(By.id("comparison-pdf-letter")).getText()).contains("US Letter");
        Map<String, Object> download = fetch(pdfHref);
        assertThat(download.get("status")).isEqualTo(200L);
        assertThat((String) download.get("type")).isEqualTo("application/pdf");
        assertThat((String) download.get("disposition")).startsWith("attachment; filename=\"Floorcheck - "
                + "Multilingual support outsourcing 2026 - ").contains("filename*=UTF-8''Floorcheck%20%E2%80%93%20"
                + "Multilingual%20support%20outsourcing%202026%20%E2%80%93%20").endsWith(".pdf");
        byte[] pdf = Base64.getDecoder().decode((String) download.get("body"));
        Map<String, String> files = IndependentRecompute.unzip(Base64.getDecoder().decode((String) fetch(
                browser.findElement(By.id("comparison-data-package")).getAttribute("href")).get("body")));

        assertThat(pdf.length).as("bytes").isLessThan(5 * 1024 * 1024);
        List<String> pages = Poppler.pages(pdf);
        assertThat(pages.size()).isBetween(10, 30);
        String first = pages.getFirst();
        assertThat(first).contains("Multilingual support outsourcing 2026", "Recommended: Łódź Contact",
                "Page 1 of " + pages.size(), "Confidential — procurement evaluation");
        for (VendorResult v : result.vendors()) {
            assertThat(first).contains(v.rank() + ". " + v.name(), Figures.score(v.overall(), DISPLAY) + " ("
                    + Figures.score(v.ciLow(), DISPLAY) + "–" + Figures.score(v.ciHigh(), DISPLAY) + ")");
        }
        assertThat(first).contains(List.of("Łódź Contact", "Đà Nẵng Care", "Transilvania Hub"));
        Set<String> figures = displayed(result);
        List<String> strangers = new ArrayList<>();
        Matcher numbers = Pattern.compile("(?<![\\w.,–-])\\d+(?:\\.\\d+)?(?![\\w])").matcher(withoutFrame(first));
        while (numbers.find()) {
            if (!figures.contains(numbers.group())) {
                strangers.add(numbers.group());
            }
        }
        assertThat(strangers).as("numbers on page one that are not the engine's figures as displayed").isEmpty();
        assertThat(first).contains(Figures.percent(result.recommendedBeatsRunnerUp().value(), DISPLAY) + " %",
                Figures.score(result.margin(), DISPLAY) + " points ahead of Transilvania Hub",
                Figures.statistic(result.agreement().icc().icc2k().value(), DISPLAY),
                Figures.statistic(result.agreement().alphaInterval().value(), DISPLAY));

        String all = Poppler.text(pdf);
        assertThat(all).contains("SHA-256 of scores.csv " + sha256(files.get("scores.csv")), "seed 20261202",
                "Dana Whitfield", "Methodology", "Record", "How sure are we");
        assertThat(Poppler.fonts(pdf)).isNotEmpty().allSatisfy(line -> {
            String[] columns = line.trim().split("\\s+");
            assertThat(columns[columns.length - 5]).as(line).isEqualTo("yes");
        });
        assertThat(Poppler.info(pdf)).contains("Title:           Floorcheck comparison: Multilingual support "
                + "outsourcing 2026", "Page size:       595 x 842 pts (A4)");

        // The leadership reader gets it too; a member the blind rule still holds gets no link.
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, wait, port, "claire.dubois@example.com");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-welcome")));
        browser.get("http://localhost:" + port + "/evaluations/" + id + "/comparison");
        Map<String, Object> letter = fetch(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("comparison-pdf-letter"))).getAttribute("href"));
        assertThat(Poppler.info(Base64.getDecoder().decode((String) letter.get("body"))))
                .contains("Page size:       612 x 792 pts (letter)");
        Chromium.screenshot(browser, "comparison-pdf-links-1024");
    }

    /** Every figure page one may show: the engine's, rounded as displayed, and the fixed words' numbers. */
    private static Set<String> displayed(ScoringResult result) {
        Set<String> figures = new HashSet<>(List.of("95", "100", "0"));
        for (int tick = 0; tick <= 100; tick += 10) {
            figures.add(String.valueOf(tick));
        }
        for (VendorResult v : result.vendors()) {
            figures.add(String.valueOf(v.rank()));
            figures.add(Figures.score(v.overall(), DISPLAY));
            figures.add(Figures.score(v.ciLow(), DISPLAY));
            figures.add(Figures.score(v.ciHigh(), DISPLAY));
        }
        figures.add(Figures.score(result.margin(), DISPLAY));
        figures.add(Figures.percent(result.recommendedBeatsRunnerUp().value(), DISPLAY));
        Tipping critical = result.mostCritical();
        figures.add(critical.weight());
        figures.add(Figures.score(critical.current(), DISPLAY));
        figures.add(Figures.score(critical.tippingWeight(), DISPLAY));
        figures.add(Figures.statistic(result.agreement().icc().icc2k().value(), DISPLAY));
        figures.add(Figures.statistic(result.agreement().alphaInterval().value(), DISPLAY));
        figures.add("2"); // "ICC(2,k)"
        figures.add(String.valueOf(result.vendors().size())); // "Comparison of 3 candidates"
        return figures;
    }

    /** The page without its header, footer and the date under the title (dates and times are not figures). */
    private static String withoutFrame(String page) {
        return page.replaceAll("Page \\d+ of \\d+", "").replaceAll("Generated [^·]*?(UTC|[A-Z][a-z]+/[A-Za-z_]+)", "")
                .replaceAll("· [A-Z][a-z]{2} \\d{1,2}, \\d{4}", "").replace("Multilingual support outsourcing 2026", "");
    }

    private Map<String, Object> fetch(String href) {
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(body => { let s = '';"
                        + " const b = new Uint8Array(body); for (let i = 0; i < b.length; i += 8192)"
                        + " s += String.fromCharCode(...b.subarray(i, i + 8192));"
                        + " done({status: r.status, type: r.headers.get('content-type'),"
                        + " disposition: r.headers.get('content-disposition'), body: btoa(s)}); }));", href);
        return response;
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
