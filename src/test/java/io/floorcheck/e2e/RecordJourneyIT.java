package io.floorcheck.e2e;

import static io.floorcheck.db.Tables.EVALUATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The lead reads the demo evaluation's Record in headless Chromium at 1024×768: filters it to
 * one evaluator's score changes (Sofía lowered a Manila score after seeing the team's, so it is
 * marked after unblinding) and downloads the filtered record as CSV.
 */
@ProductionAppIT
class RecordJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    DSLContext db;

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
    void theLeadFiltersTheRecordToOneEvaluatorsScoreChangesAndDownloadsTheCsv() throws IOException {
        long evaluation = db.select(EVALUATION.ID).from(EVALUATION)
                .where(EVALUATION.NAME.eq("Inbound customer care outsourcing 2027")).fetchSingle(EVALUATION.ID);
        Chromium.signIn(browser, wait, port, "priya.nair@example.com");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-welcome")));
        browser.get("http://localhost:" + port + "/evaluations/view/" + evaluation);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("evaluation-record"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("record-grid")));
        String everything = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("record-count"))).getText();

        WebElement person = browser.findElement(By.cssSelector("#record-person input"));
        person.sendKeys("Sofía");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-combo-box-item[contains(., 'Sofía Álvarez')]"))).click();
        browser.findElement(By.id("record-kind")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='Score changes']"))).click();

        wait.until(ExpectedConditions.textToBe(By.id("record-count"), "1 entry"));
        assertThat(everything).isNotEqualTo("1 entry");
        WebElement grid = browser.findElement(By.id("record-grid"));
        wait.until(driver -> grid.getText().contains("After unblinding"));
        // Scoring is still open: the lead sees who changed which score when, marked; the values and
        // the reason (Sofía's says what her score was) only from consensus on.
        assertThat(grid.getText()).contains("Sofía Álvarez", "Score changed",
                "Scores and the reason given hidden until consensus").doesNotContain("1.3: 3", "my 4 on 1.3");
        Chromium.screenshot(browser, "record-1024");

        // The download link as the browser follows it: the filtered record, as CSV, with a file name.
        String href = browser.findElement(By.id("record-csv")).getAttribute("href");
        @SuppressWarnings("unchecked")
        Map<String, Object> csv = (Map<String, Object>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(body => done({status: r.status,"
                        + " disposition: r.headers.get('content-disposition'), type: r.headers.get('content-type'),"
                        + " body: body})));", href);
        assertThat(csv.get("status")).isEqualTo(200L);
        assertThat((String) csv.get("disposition")).contains("record-" + evaluation + "-", ".csv");
        assertThat((String) csv.get("type")).startsWith("text/csv");
        String body = (String) csv.get("body");
        assertThat(body.lines().toList()).hasSize(2);
        assertThat(body).startsWith("time_utc,").contains("Sofía Álvarez", "sofia.alvarez@example.com",
                "SCORE_CHANGED", "AFTER_UNBLINDING", "(scores and reason hidden until consensus)")
                .doesNotContain("1.3: 3", "escalation desk");
    }
}
