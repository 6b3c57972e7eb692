package io.floorcheck.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import io.floorcheck.audit.AuditActions;
import io.floorcheck.audit.AuditService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first journey of every user, in a real headless Chromium against the production build:
 * sign in as the demo administrator, see the home view, sign out. Screenshots land in
 * target/screenshots for a person to look at.
 */
@ProductionAppIT
class SignInJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    AuditService audit;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Chromium.start(1280, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDemoAdministratorSignsInSeesTheHomeViewAndSignsOut() throws IOException {
        browser.get("http://localhost:" + port + "/");
        WebElement email = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("demo-notice"), "admin@example.com"));
        screenshot("login-1280");

        email.sendKeys("admin@example.com");
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("floorcheck-demo");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();

        WebElement welcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-welcome")));
        assertThat(welcome.getText()).isEqualTo("Welcome, Alex Morgan");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-side-nav"), "Users"));
        assertThat(browser.executeScript("const layout = document.querySelector('vaadin-app-layout');"
                + " return !layout.hasAttribute('overlay') && layout.drawerOpened;"))
                .as("on a desktop the drawer is open beside the page").isEqualTo(true);
        screenshot("home-1280");
        browser.manage().window().setSize(new Dimension(1024, 768));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-welcome")));
        screenshot("home-1024");

        signOut();
        browser.get("http://localhost:" + port + "/users");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']")));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void anEvaluatorWhoTypesTheUsersAddressSeesNotFoundAndTheAttemptIsAudited() throws IOException {
        signIn("marcus.weber@example.com");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-welcome")));
        assertThat(browser.findElement(By.tagName("vaadin-side-nav")).getText()).doesNotContain("Users");

        browser.get("http://localhost:" + port + "/users");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Page not found"));
        screenshot("denied-1280");
        assertThat(audit.countSince("marcus.weber@example.com", AuditActions.ACCESS_DENIED,
                Instant.now().minusSeconds(120))).isPositive();
    }

    @Test
    void anEvaluatorIsSentFromHomeToDeclareConflictsFirstAndDeclaresOne() throws IOException {
        signIn("kenji.tanaka@example.com");
        WebElement task = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//a[contains(@class,'fc-attention')][contains(., 'declare your conflicts of interest')]")));
        assertThat(task.getText()).contains("Inbound customer care outsourcing 2027",
                "declare your conflicts of interest");
        screenshot("evaluator-home-1280");

        task.click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-tasks"), "Not declared yet"));
        browser.findElement(By.cssSelector("#my-tasks vaadin-button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-radio-button[contains(., 'I have no conflict of interest')]"))).click();
        browser.findElement(By.id("coi-save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-tasks"), "No conflict · declared"));
        screenshot("evaluator-declared-1280");
        assertThat(browser.findElement(By.tagName("vaadin-side-nav")).getText()).doesNotContain("Vendors");
    }

    /**
     * A new user's first day: the administrator copies the one-time password with the dialog's
     * button; the new user, sent to sign-in by a link, mistypes the password once (the e-mail
     * stays, the cursor waits in the password), signs in with the copied one, must choose their
     * own, and "Continue" takes them where the link pointed. The tab's icon is there throughout.
     */
    @Test
    void aNewUserSignsInWithTheCopiedPasswordChoosesTheirOwnAndContinuesWhereTheyWereGoing()
            throws IOException {
        String newcomer = "first.day." + System.nanoTime() + "@example.com";
        signIn("admin@example.com");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-welcome")));
        // For this origin (granted once a page of it is open): so the test can read what was copied.
        browser.setPermission("clipboard-read", "granted");
        browser.setPermission("clipboard-write", "granted");
        assertThat(browser.findElement(By.cssSelector("link[rel='icon']")).getAttribute("href"))
                .endsWith("/icons/favicon.svg");
        browser.get("http://localhost:" + port + "/users");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("user-add"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#user-email input"))).sendKeys(newcomer);
        browser.findElement(By.cssSelector("#user-name input")).sendKeys("Noor Haddad");
        browser.findElement(By.xpath("//vaadin-checkbox-group[@id='user-roles']//vaadin-checkbox[contains(., 'Evaluator')]"))
                .click();
        browser.findElement(By.id("user-save")).click();

        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#one-time-password input")));
        String password = field.getAttribute("value");
        browser.findElement(By.id("one-time-password-copy")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("one-time-password"),
                "Copied to the clipboard."));
        Object copied = browser.executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('refused: ' + e))");
        assertThat(copied).isEqualTo(password);
        screenshot("one-time-password-copied-1280");
        browser.findElement(By.xpath("//vaadin-button[contains(., 'Done')]")).click();
        signOut();

        // A link to a page, followed signed out: sign-in first.
        browser.get("http://localhost:" + port + "/rubrics");
        WebElement email = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']")));
        email.sendKeys(newcomer);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("not the password");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.urlContains("/login?error"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-login-form"),
                "Sign-in failed"));
        wait.until(driver -> newcomer.equals(driver.findElement(
                By.cssSelector("vaadin-login-form input[name='username']")).getAttribute("value")));
        wait.until(driver -> "password".equals(driver.switchTo().activeElement().getAttribute("name")));
        screenshot("sign-in-failed-keeps-email-1280");
        // The cursor is in the password: typing goes there, the e-mail is not typed again.
        browser.switchTo().activeElement().sendKeys(copied + "\n");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-change-required")));
        browser.findElement(By.cssSelector("#password-current input")).sendKeys(password);
        browser.findElement(By.cssSelector("#password-new input")).sendKeys("first day on the floor");
        browser.findElement(By.cssSelector("#password-repeat input")).sendKeys("first day on the floor");
        browser.findElement(By.id("password-change")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("password-continue"))).click();

        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/rubrics"));
        wait.until(ExpectedConditions.titleContains("· Floorcheck"));
        assertThat(browser.getTitle()).startsWith("Rubric");
    }

    /** Signs out with the user menu and waits for the sign-in form. */
    private void signOut() {
        browser.findElement(By.cssSelector("#user-menu vaadin-menu-bar-button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-menu-bar-item[contains(., 'Sign out')]"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']")));
    }

    private void signIn(String email) {
        Chromium.signIn(browser, wait, port, email);
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }
}
