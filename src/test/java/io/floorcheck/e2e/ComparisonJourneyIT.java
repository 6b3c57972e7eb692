package io.floorcheck.e2e;

import static io.floorcheck.db.Tables.CONSENSUS_VALUE;
import static io.floorcheck.db.Tables.EVALUATION;
import static io.floorcheck.db.Tables.VENDOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The decision meeting in Chromium on the demo's finished evaluation: Claire (reader) follows
 * "Comparison ready" from her home page and sees the verdict, the charts drawn (SVG with the
 * candidates' names) and their tables, at 1280×900 and 1024×768; Priya (lead) records an agreed
 * value on the board and the comparison shows it.
 */
@ProductionAppIT
class ComparisonJourneyIT {

    private static final List<String> CANDIDATES = List.of("Łódź Contact", "Transilvania Hub", "Đà Nẵng Care");

    @LocalServerPort
    int port;

    @Autowired DSLContext db;

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Scrolls the element to the middle of the dialog or page first, as a finger would, then taps it. */
    private void tap(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", element);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element))
                .click();
    }

    private long evaluation() {
        return db.select(EVALUATION.ID).from(EVALUATION)
                .where(EVALUATION.NAME.eq("Multilingual support outsourcing 2026")).fetchSingle(EVALUATION.ID);
    }

    @Test
    void theReaderSeesTheVerdictTheChartsAndTheirTablesAtBothSizes() throws IOException {
        for (int[] size : new int[][] {{1280, 900}, {1024, 768}}) {
            browser = Chromium.start(size[0], size[1]);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            Chromium.signIn(browser, wait, port, "claire.dubois@example.com");
            WebElement ready = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//a[contains(@class,'fc-attention')][contains(., 'Multilingual support outsourcing 2026')]"
                            + "[contains(., 'comparison is ready')]")));
            ready.click();

            String headline = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict-headline")))
                    .getText();
            assertThat(headline).isEqualTo("Recommended: Łódź Contact");
            assertThat(browser.findElement(By.id("verdict-sentence")).getText())
                    .contains("Łódź Contact is recommended", "ahead of Transilvania Hub");
            for (String chart : List.of("ranking-chart", "sections-chart", "heatmap-chart")) {
                WebElement svg = wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#" + chart + " svg")));
                wait.until(driver -> svg.findElements(By.tagName("text")).size() > 3);
                String drawn = String.join("|", svg.findElements(By.tagName("text")).stream()
                        .map(t -> t.getAttribute("textContent")).toList());
                assertThat(drawn).as(chart).contains(CANDIDATES.get(0), CANDIDATES.get(1));
            }
            assertThat(browser.findElement(By.id("ranking-table")).getText()).contains(CANDIDATES);
            assertThat(browser.findElement(By.id("ranking-table")).getText())
                    .as("the waived gate with its approver").contains("approved by Dana Whitfield");
            assertThat(browser.findElement(By.id("agreement-table")).getText()).contains("ICC(2,1)", "poor");
            assertThat(browser.findElement(By.id("sensitivity-critical")).getText())
                    .startsWith("The recommendation changes to Transilvania Hub if the weight of section");
            assertThat(browser.findElements(By.id("what-if"))).as("the what-if is the lead's").isEmpty();
            Chromium.screenshot(browser, "comparison-" + size[0]);
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "document.getElementById('comparison-heatmap').scrollIntoView()");
            Chromium.screenshot(browser, "comparison-heatmap-" + size[0]);
            browser.quit();
            browser = null;
        }
    }

    @Test
    void theLeadRecordsAnAgreedValueOnTheBoardAndTheComparisonShowsIt() throws IOException {
        long id = evaluation();
        browser = Chromium.start(1024, 768);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Chromium.signIn(browser, wait, port, "priya.nair@example.com");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-welcome")));
        browser.get("http://localhost:" + port + "/evaluations/" + id + "/consensus");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-grid")));
        String before = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-count"))).getText();
        browser.findElement(By.id("board-disputed")).click();
        wait.until(driver -> !driver.findElement(By.id("board-count")).getText().equals(before));
        Chromium.screenshot(browser, "board-1024");

        // Łódź's 5.5 is disputed (Lena 5, Kenji 2) and not yet agreed: opened by its address, as the
        // comparison's heatmap links to it; agree a 3 with a rationale.
        long lodz = db.select(VENDOR.ID).from(VENDOR).where(VENDOR.SHORT_NAME.eq("Łódź Contact")).fetchSingle(VENDOR.ID);
        browser.get("http://localhost:" + port + "/evaluations/" + id + "/consensus?item=VISIT~" + lodz + "~~5.5");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("settle-ratings")));
        assertThat(browser.findElement(By.id("settle-ratings")).getText()).contains("Lena Fischer: 5");
        Chromium.screenshot(browser, "board-item-1024");
        try {
            agreeAndSeeItInTheComparison(id, wait);
        } finally {
            // The demo database is shared by every end-to-end test: leave the evaluation as seeded.
            db.deleteFrom(CONSENSUS_VALUE).where(CONSENSUS_VALUE.EVALUATION_ID.eq(id)
                    .and(CONSENSUS_VALUE.VENDOR_ID.eq(lodz)).and(CONSENSUS_VALUE.CRITERION_CODE.eq("5.5"))).execute();
        }
    }

    private void agreeAndSeeItInTheComparison(long id, WebDriverWait wait) {
        tap(browser.findElement(By.xpath("//vaadin-radio-button[normalize-space(.)='3']")));
        WebElement rationale = browser.findElement(By.cssSelector("#settle-rationale textarea"));
        tap(rationale);
        rationale.sendKeys("Promotion paths exist on paper; two promotions in a year on a 900-seat floor is a 3.");
        tap(browser.findElement(By.id("settle-record")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("settle-ratings")));
        wait.until(driver -> driver.findElement(By.id("board-count")).getText().contains("3 of them agreed"));

        browser.get("http://localhost:" + port + "/evaluations/" + id + "/comparison");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict-headline")));
        String row = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#heatmap-table tbody tr')]"
                        + ".find(r => r.querySelector('th').textContent.startsWith('5.5 ')).textContent");
        assertThat(row).as("the agreed value marked where it is used: Łódź's cell").contains("✓");
        String table = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.querySelector('#heatmap-table tbody').textContent");
        assertThat(table.split("✓", -1).length - 1).as("5.1, 7.1 and now 5.5").isEqualTo(3);
        assertThat(browser.findElement(By.id("agreed-table")).getText()).as("who agreed what, and why")
                .contains("Promotion paths exist on paper", "Priya Nair", "approved by Dana Whitfield");
    }
}
