package io.floorcheck.e2e;

import static io.floorcheck.db.Tables.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The floor journey on a tablet-sized headless Chromium (1024×768) against the production
 * build: Sofía opens the demo visit under way, scores criteria and types an evidence note,
 * reloads the page and finds everything where she left it, completes the card and submits.
 */
@ProductionAppIT
class ScorecardJourneyIT {

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
    void anEvaluatorScoresReloadsFindsEverythingAndSubmits() throws IOException {
        // The demo's visit under way today: Andes CC in Bogotá, Sofía's card half filled.
        long visit = db.select(VISIT.ID).from(VISIT).where(VISIT.STATUS.eq("IN_PROGRESS")).fetchSingle(VISIT.ID);
        signIn("sofia.alvarez@example.com");
        browser.get(url("/visits/" + visit));
        // The handle-time timer shows the running time, ticking in the browser, and fills the
        // handle time when stopped.
        WebElement timer = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("call-timer")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", timer);
        wait.until(ExpectedConditions.elementToBeClickable(timer)).click();
        wait.until(driver -> text("call-timer-running").matches("0:0[1-9]"));
        assertThat(browser.findElement(By.id("call-timer-running")).getAttribute("role")).isEqualTo("timer");
        timer.click();
        wait.until(driver -> text("call-timer-running").isEmpty());
        wait.until(driver -> browser.findElement(By.cssSelector("#call-handle input")).getAttribute("value")
                .matches("0:0[1-9]"));
        WebElement openCard = browser.findElement(By.id("visit-open-scorecard"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", openCard);
        wait.until(ExpectedConditions.elementToBeClickable(openCard)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("scorecard-progress"), "of 47 scored"));
        String before = text("scorecard-progress");

        // One section is on the page at a time: a gate first (its section opens), then section 3.
        tap("G4", "pass");
        assertThat(browser.findElements(By.cssSelector("[id='mark-3.1-4']"))).as("section 3 is closed").isEmpty();
        tap("3.1", "4");
        assertThat(browser.findElements(By.cssSelector("[id='mark-G4-pass']"))).as("the gates are closed").isEmpty();
        tap("3.2", "2");
        // The marks are a radio group: an arrow key moves to the next level and chooses it.
        tap("3.3", "2");
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        wait.until(driver -> pressed("3.3", "3"));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("mark-3.3-3");
        assertThat(browser.findElement(By.cssSelector("[id='mark-3.3-3']")).getAttribute("tabindex"))
                .as("the chosen mark is the group's one tab stop").isEqualTo("0");
        // The note field comes with the server's answer to a mark that needs one.
        // (Present, not "visible": Selenium calls a field scrolled above the page's box hidden.)
        WebElement note = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='evidence-3.2'] textarea")));
        note.sendKeys("QA form has 40 yes/no items and no auto-fail");
        note.sendKeys("; a missed disclosure costs 2 points.");
        WebElement other = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='evidence-3.1'] textarea")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", other);
        other.sendKeys("Random sample of 8 calls per agent per month, shown in the QA tool.");
        assertThat(leavingIsQuestioned()).as("reloading while a note is not saved yet asks first").isTrue();
        // Leaving the field sends what was typed at once (otherwise within two seconds).
        browser.findElement(By.id("scorecard-progress")).click();
        waitSaved();
        // Once the typed text has had its time to reach the server, the tab leaves without a question.
        wait.until(driver -> !leavingIsQuestioned());
        screenshot("scorecard-scored-1024");
        assertThat(browser.getCurrentUrl()).as("the URL names where she is").contains("?at=3.1");

        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("scorecard-progress"), "of 47 scored"));
        assertThat(pressed("3.1", "4")).isTrue();
        assertThat(pressed("3.2", "2")).isTrue();
        assertThat(pressed("3.3", "3")).isTrue();
        assertThat(value("evidence-3.2")).isEqualTo("QA form has 40 yes/no items and no auto-fail; a missed "
                + "disclosure costs 2 points.");
        assertThat(value("evidence-3.1")).startsWith("Random sample of 8 calls");
        assertThat(text("scorecard-progress")).isNotEqualTo(before).doesNotContain("missing");
        screenshot("scorecard-reloaded-1024");
        opened("G4");
        assertThat(pressed("G4", "pass")).isTrue();

        // The tablet loses its network mid-scoring: the tap waits, says so, and once the network is
        // back it is stored and the line says "Saved" again by itself (Vaadin alone would stay
        // "reconnecting" until the next tap or the 5-minute heartbeat).
        browser.findElement(By.id("scorecard-next")).click();
        String offlineCode = wait.until(driver -> (String) ((JavascriptExecutor) driver).executeScript(
                "const item = document.activeElement && document.activeElement.closest('.fc-score-item');"
                        + " return item && item.dataset.state === 'unscored' ? item.dataset.code : null;"));
        String beforeOffline = text("scorecard-progress");
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.setNetworkConditions(offline);
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", browser.findElement(
                By.cssSelector("[id='mark-" + offlineCode + "-" + (offlineCode.startsWith("G") ? "pass" : "3") + "']")));
        wait.until(driver -> text("scorecard-save-state").startsWith("Not saved"));
        assertThat(leavingIsQuestioned()).as("offline with a tap not stored: leaving asks first").isTrue();
        ChromiumNetworkConditions online = new ChromiumNetworkConditions();
        online.setOffline(false);
        browser.setNetworkConditions(online);
        waitSaved();
        wait.until(driver -> !text("scorecard-progress").equals(beforeOffline));

        // Everything still open gets a 3 (or a pass), "Next open item" leading from section to
        // section and handing the focus to the marks; then she submits.
        while (!text("scorecard-progress").startsWith("47 of 47")) {
            browser.findElement(By.id("scorecard-next")).click();
            String code = wait.until(driver -> (String) ((JavascriptExecutor) driver).executeScript(
                    "const item = document.activeElement && document.activeElement.closest('.fc-score-item');"
                            + " return item && item.dataset.state === 'unscored' ? item.dataset.code : null;"));
            tap(code, code.startsWith("G") ? "pass" : "3");
        }
        waitSaved();
        wait.until(driver -> text("scorecard-progress").equals("47 of 47 scored"));
        WebElement submit = browser.findElement(By.id("scorecard-submit"));
        wait.until(driver -> submit.getAttribute("disabled") == null);
        submit.click();
        WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "vaadin-confirm-dialog vaadin-button[slot='confirm-button']")));
        screenshot("scorecard-confirm-1024");
        // A direct click event: the dialog may still be animating open, and a click by
        // coordinates can land beside the button.
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", confirm);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scorecard-submitted")));
        opened("3.1");
        assertThat(browser.findElement(By.cssSelector("[id='mark-3.1-4']")).getAttribute("disabled")).isNotNull();
        screenshot("scorecard-submitted-1024");
    }

    /** Opens the criterion's section with the button its heading shows while it is closed. */
    private void opened(String code) {
        if (!browser.findElements(By.cssSelector("[id='criterion-" + code + "']")).isEmpty()) {
            return;
        }
        WebElement opener = browser.findElement(By.cssSelector(
                "section[data-criteria~='" + code + "'] .fc-section-opener"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", opener);
        wait.until(ExpectedConditions.elementToBeClickable(opener)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='criterion-" + code + "'] fc-marks [role=radio]")));
    }

    private void tap(String code, String mark) {
        opened(code);
        WebElement button = browser.findElement(By.cssSelector("[id='mark-" + code + "-" + mark + "']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        wait.until(driver -> pressed(code, mark));
        // The browser shows a choice at once; the server's answer is the criterion's state.
        wait.until(driver -> !"unscored".equals(browser.findElement(By.cssSelector("[id='criterion-" + code + "']"))
                .getAttribute("data-state")));
    }

    private boolean pressed(String code, String mark) {
        return "true".equals(browser.findElement(By.cssSelector("[id='mark-" + code + "-" + mark + "']"))
                .getAttribute("aria-checked"));
    }

    /**
     * Whether the page would ask before being reloaded or closed: a cancelable beforeunload event,
     * as the browser sends first, is cancelled (the browser's own dialog cannot be driven here).
     */
    private boolean leavingIsQuestioned() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);"
                        + " return e.defaultPrevented;"));
    }

    private void waitSaved() {
        wait.until(driver -> text("scorecard-save-state").startsWith("Saved"));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private String value(String id) {
        return browser.findElement(By.cssSelector("[id='" + id + "'] textarea")).getAttribute("value");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String email) {
        Chromium.signIn(browser, wait, port, email);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-welcome")));
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }
}
