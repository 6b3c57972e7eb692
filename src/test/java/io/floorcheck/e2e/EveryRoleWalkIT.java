package io.floorcheck.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every demo role at 1024×768 in headless Chromium against the production build: the home page
 * is their to-do list, its first item opens where they act, and every main view of the role has
 * its title and no serious or critical axe-core violation.
 */
@ProductionAppIT
class EveryRoleWalkIT {

    static final java.util.List<RoleWalk.Person> PEOPLE = RoleWalk.PEOPLE;

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() throws IOException {
        browser = Chromium.start(1024, 768);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The scan is real: a violation planted in the page is found (else an empty result proves nothing). */
    @Test
    void axeFindsAViolationPlantedInThePage() {
        browser.get("http://localhost:" + port + "/login");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']")));
        ((JavascriptExecutor) browser).executeScript(
                "document.body.appendChild(document.createElement('img')).src = 'planted.png';");

        assertThat(Axe.seriousViolations(browser)).anyMatch(violation -> violation.startsWith("image-alt (critical)"));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("PEOPLE")
    void theHomePageLeadsOnAndEveryMainViewPassesAxe(RoleWalk.Person person) throws IOException {
        assertThat(new RoleWalk(browser, "http://localhost:" + port).walk(person)).isEmpty();
    }
}
