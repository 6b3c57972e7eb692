package io.floorcheck.e2e;

import static io.floorcheck.db.Tables.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The debrief of the visit under way, end to end on two tablets (two headless Chromium
 * sessions against the production build): Sofía and Kenji capture eight recommendations between
 * them, one with a double tap, and each sees all eight without duplicates; then Sofía scores
 * every recommendation and the session on her leadership scorecard and submits it in one sitting.
 */
@ProductionAppIT
class LeadershipJourneyIT {

    private static final List<String> SAID = List.of(
            "Route repeat callers within 7 days straight to tier two",
            "Replace the 12-step refund script with a decision tree",
            "Show open cases and the last three contacts on one screen",
            "Re-forecast intraday every 30 minutes",
            "Nest new hires for four weeks with a proficiency sign-off",
            "Calibrate QA weekly with your quality team",
            "Offer a callback when the queue passes three minutes",
            "Publish KPI definitions with abandons in the service-level denominator");

    @LocalServerPort
    int port;

    @Autowired
    DSLContext db;

    private ChromeDriver sofia;
    private ChromeDriver kenji;

    @BeforeEach
    void openBrowsers() throws IOException {
        sofia = Chromium.start(1024, 768);
        kenji = Chromium.start(1024, 768);
    }

    @AfterEach
    void closeBrowsers() {
        for (ChromeDriver browser : new ChromeDriver[] {sofia, kenji}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void twoTabletsCaptureEightRecommendationsThenOneScoresThemAllPlusTheSessionAndSubmits() throws IOException {
        // The demo's visit under way today: Andes CC in Bogotá, attended by Sofía and Kenji.
        long visit = db.select(VISIT.ID).from(VISIT).where(VISIT.STATUS.eq("IN_PROGRESS")).fetchSingle(VISIT.ID);
        WebDriverWait sofiaWaits = open(sofia, "sofia.alvarez@example.com", visit);
        WebDriverWait kenjiWaits = open(kenji, "kenji.tanaka@example.com", visit);
        int before = cards(sofia);

        for (int i = 0; i < SAID.size(); i++) {
            boolean hers = i % 2 == 0;
            capture(hers ? sofia : kenji, hers ? sofiaWaits : kenjiWaits, SAID.get(i), i == 2);
        }
        int expected = before + SAID.size();
        sofiaWaits.until(driver -> cards(sofia) == expected);
        kenjiWaits.until(driver -> cards(kenji) == expected);
        for (ChromeDriver browser : new ChromeDriver[] {sofia, kenji}) {
            String list = browser.findElement(By.id("debrief-list")).getText();
            for (String title : SAID) {
                assertThat(list.split(java.util.regex.Pattern.quote(title), -1)).as("%s once", title).hasSize(2);
            }
        }
        Chromium.screenshot(kenji, "leadership-debrief-1024");

        // Sofía scores them all and the session, in one sitting.
        WebElement score = sofia.findElement(By.id("debrief-score"));
        ((JavascriptExecutor) sofia).executeScript("arguments[0].scrollIntoView({block: 'center'})", score);
        sofiaWaits.until(ExpectedConditions.elementToBeClickable(score)).click();
        sofiaWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("leadership-progress"), "scored"));
        List<WebElement> items = sofia.findElements(By.cssSelector(".fc-score-item"));
        assertThat(items).hasSize(expected * 7 + 5);
        String first = items.getFirst().getAttribute("id").substring("criterion-".length());
        tap(sofiaWaits, first, "4");
        // The note field comes with the server's answer to a mark that needs one.
        WebElement note = sofiaWaits.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='evidence-" + first + "'] textarea")));
        note.sendKeys("“We listened to 30 of your repeat calls” — their COO, with the 7-day repeat rate");
        // Leaving the field saves it (a click on the progress line could land on the bar while it reflows).
        note.sendKeys(org.openqa.selenium.Keys.TAB);
        sofiaWaits.until(driver -> !text(sofia, "leadership-progress").contains("missing"));
        Chromium.screenshot(sofia, "leadership-scorecard-1024");
        for (WebElement item : sofia.findElements(By.cssSelector(".fc-score-item[data-state='unscored']"))) {
            tap(sofiaWaits, item.getAttribute("id").substring("criterion-".length()), "3");
        }
        int total = expected * 7 + 5;
        sofiaWaits.until(driver -> text(sofia, "leadership-progress").equals(total + " of " + total + " scored"));
        WebElement submit = sofia.findElement(By.id("leadership-submit"));
        sofiaWaits.until(driver -> submit.getAttribute("disabled") == null);
        submit.click();
        WebElement confirm = sofiaWaits.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "vaadin-confirm-dialog vaadin-button[slot='confirm-button']")));
        ((JavascriptExecutor) sofia).executeScript("arguments[0].click()", confirm);
        sofiaWaits.until(ExpectedConditions.visibilityOfElementLocated(By.id("leadership-submitted")));
        assertThat(sofia.findElement(By.cssSelector("[id='mark-" + first + "-4']")).getAttribute("disabled"))
                .isNotNull();
        Chromium.screenshot(sofia, "leadership-submitted-1024");
    }

    private WebDriverWait open(ChromeDriver browser, String email, long visit) throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Chromium.signIn(browser, wait, port, email);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-welcome")));
        browser.get("http://localhost:" + port + "/debriefs/" + visit);
        wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("debrief-capture")),
                ExpectedConditions.visibilityOfElementLocated(By.id("contribution-gate"))));
        if (!browser.findElements(By.id("contribution-gate")).isEmpty()) {
            // Kenji has not declared for Andes yet (the demo's conflict gate): the gate takes him
            // straight to his declaration, and back on the debrief he can capture.
            assertThat(text((ChromeDriver) browser, "contribution-gate")).contains("Declare your conflicts");
            Chromium.screenshot(browser, "debrief-gate-1024");
            browser.findElement(By.id("gate-declaration")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//vaadin-radio-button[contains(., 'I have no conflict of interest')]"))).click();
            browser.findElement(By.id("coi-save")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("coi-dialog")));
            browser.get("http://localhost:" + port + "/debriefs/" + visit);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("debrief-capture")));
        }
        return wait;
    }

    /** Types a recommendation, picks its area and adds it, with a double tap when asked. */
    private void capture(ChromeDriver browser, WebDriverWait wait, String title, boolean doubleTap) {
        int before = cards(browser);
        browser.findElement(By.cssSelector("#capture-title input")).sendKeys(title);
        browser.findElement(By.id("capture-area")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='Routing']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("capture-area"), "Routing"));
        WebElement add = browser.findElement(By.id("capture-add"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", add);
        wait.until(ExpectedConditions.elementToBeClickable(add));
        if (doubleTap) {
            new Actions(browser).doubleClick(add).perform();
        } else {
            add.click();
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("debrief-list"), title));
        wait.until(driver -> cards(browser) == before + 1 || cards(browser) > before + 1);
    }

    private static int cards(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("#debrief-list .fc-recommendation")).size();
    }

    private void tap(WebDriverWait wait, String key, String mark) {
        WebElement button = sofia.findElement(By.cssSelector("[id='mark-" + key + "-" + mark + "']"));
        ((JavascriptExecutor) sofia).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        wait.until(driver -> "true".equals(sofia.findElement(By.cssSelector("[id='mark-" + key + "-" + mark + "']"))
                .getAttribute("aria-checked")));
        // The browser shows a choice at once; the server's answer is the item's state.
        wait.until(driver -> !"unscored".equals(sofia.findElement(By.cssSelector("[id='criterion-" + key + "']"))
                .getAttribute("data-state")));
    }

    private static String text(ChromeDriver browser, String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
