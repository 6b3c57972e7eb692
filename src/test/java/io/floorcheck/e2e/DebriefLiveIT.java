package io.floorcheck.e2e;

import static io.floorcheck.db.Tables.EVALUATION;
import static io.floorcheck.db.Tables.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

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
 * Two attendees on two tablets in the same debrief (two headless Chromium sessions against the
 * production build): what one captures appears on the other's screen without a reload.
 */
@ProductionAppIT
class DebriefLiveIT {

    @LocalServerPort
    int port;

    @Autowired
    DSLContext db;

    private ChromeDriver marcus;
    private ChromeDriver sofia;

    @BeforeEach
    void openBrowsers() throws IOException {
        marcus = Chromium.start(1024, 768);
        sofia = Chromium.start(1024, 768);
    }

    @AfterEach
    void closeBrowsers() {
        for (ChromeDriver browser : new ChromeDriver[] {marcus, sofia}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void aRecommendationCapturedOnOneTabletAppearsOnTheOtherWithoutReload() throws IOException {
        // The open demo evaluation's first completed visit: Pacific Harbor in Manila, attended by
        // Marcus and Sofía (the decided evaluation's visits are older, but closed to capture).
        long visit = db.select(VISIT.ID).from(VISIT).join(EVALUATION).on(EVALUATION.ID.eq(VISIT.EVALUATION_ID))
                .where(VISIT.STATUS.eq("COMPLETED").and(EVALUATION.NAME.eq("Inbound customer care outsourcing 2027")))
                .orderBy(VISIT.STARTS_AT).limit(1).fetchSingle(VISIT.ID);
        WebDriverWait marcusWaits = open(marcus, "marcus.weber@example.com", visit);
        WebDriverWait sofiaWaits = open(sofia, "sofia.alvarez@example.com", visit);
        String before = sofia.findElement(By.id("debrief-count")).getText();

        marcus.findElement(By.cssSelector("#capture-title input"))
                .sendKeys("Let team leads approve goodwill credits up to 50 euros");
        marcus.findElement(By.id("capture-area")).click();
        marcusWaits.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='Workflow']"))).click();
        marcusWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("capture-area"), "Workflow"));
        WebElement add = marcus.findElement(By.id("capture-add"));
        ((org.openqa.selenium.JavascriptExecutor) marcus).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                add);
        marcusWaits.until(ExpectedConditions.elementToBeClickable(add)).click();
        marcusWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("debrief-list"),
                "Let team leads approve goodwill credits"));

        sofiaWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("debrief-list"),
                "Let team leads approve goodwill credits up to 50 euros"));
        WebElement count = sofia.findElement(By.id("debrief-count"));
        assertThat(count.getText()).isNotEqualTo(before);
        WebElement card = sofia.findElement(By.xpath("//div[contains(concat(' ', @class, ' '), ' fc-recommendation ')]"
                + "[contains(., 'Let team leads approve goodwill credits')]"));
        // The area tag is shown in capitals by the style sheet.
        assertThat(card.getText()).containsIgnoringCase("Workflow").contains("by Marcus Weber")
                .doesNotContain("Move billing disputes");
        Chromium.screenshot(sofia, "debrief-live-1024");
    }

    private WebDriverWait open(ChromeDriver browser, String email, long visit) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Chromium.signIn(browser, wait, port, email);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-welcome")));
        browser.get("http://localhost:" + port + "/debriefs/" + visit);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("debrief-capture")));
        return wait;
    }
}
