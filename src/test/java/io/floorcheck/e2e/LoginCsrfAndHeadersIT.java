package io.floorcheck.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser does with the app's protections, in headless Chromium against the production
 * build: a page on another site that posts the demo lead's credentials to /login (login CSRF)
 * is refused and the browser stays signed out; the app's pages carry the security headers and
 * work under them (no Content-Security-Policy violation while signing in and opening pages).
 */
@ProductionAppIT
class LoginCsrfAndHeadersIT {

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private HttpServer attacker;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Chromium.start(1024, 768);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        if (attacker != null) {
            attacker.stop(0);
        }
    }

    @Test
    void aSignInFormPostedFromAnotherSiteIsRefusedAndTheBrowserStaysSignedOut() throws IOException {
        // Another origin: same machine, another port, serving a form that posts itself to the app.
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = ("<!doctype html><title>Win a prize</title><form id=f method=post action='http://localhost:"
                + port + "/login'><input name=username value='priya.nair@example.com'>"
                + "<input name=password value='floorcheck-demo'></form><script>f.submit()</script>")
                .getBytes(StandardCharsets.UTF_8);
        attacker.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        attacker.start();

        browser.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/");
        wait.until(ExpectedConditions.urlContains("localhost:" + port + "/login"));
        String refusal = browser.getPageSource();
        assertThat(refusal).doesNotContain("home-welcome");

        browser.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']")));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void pagesCarryTheSecurityHeadersAndWorkUnderThem() {
        Chromium.signIn(browser, wait, port, "priya.nair@example.com");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-welcome")));
        browser.get("http://localhost:" + port + "/evaluations");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Inbound customer care outsourcing 2027"));

        @SuppressWarnings("unchecked")
        Map<String, Object> headers = (Map<String, Object>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/evaluations').then(r => done(Object.fromEntries(r.headers.entries())));");
        assertThat((String) headers.get("content-security-policy")).contains("frame-ancestors 'none'",
                "object-src 'none'", "form-action 'self'");
        assertThat(headers).containsEntry("x-frame-options", "DENY")
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("referrer-policy", "strict-origin-when-cross-origin")
                .containsKey("permissions-policy").doesNotContainKey("strict-transport-security");
        List<LogEntry> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .filter(entry -> entry.getMessage().contains("Content Security Policy")).toList();
        assertThat(violations).isEmpty();
    }
}
