package io.floorcheck.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The headless Chromium of the end-to-end journeys, and the steps they share. */
final class Chromium {

    /** Where journeys leave screenshots for a person to look at. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    static ChromeDriver start(int width, int height) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("floorcheck.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + width + "," + height);
        // The console, so journeys can check that nothing the page does is refused (CSP).
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("floorcheck.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        Files.createDirectories(SCREENSHOTS);
        return new ChromeDriver(service, options);
    }

    /** Fills in and sends the login form with the demo password. */
    static void signIn(WebDriver browser, WebDriverWait wait, int port, String email) {
        browser.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("floorcheck-demo");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    static void screenshot(WebDriver browser, String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
