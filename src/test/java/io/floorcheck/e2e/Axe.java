package io.floorcheck.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core in the page, as the accessibility check after each landing does it: the script
 * (axe 4.10.2, carried by Deque's test artifact) is injected and run on the whole document,
 * shadow roots included, and the serious and critical violations come back one line each.
 */
final class Axe {

    private static final String SCRIPT = load();

    private Axe() {
    }

    /** "color-contrast (serious): vaadin-button#save — Element has insufficient color contrast …", one per rule. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver browser) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript(SCRIPT);
        Object found = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(result => done(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 4).map(n => n.target.join(' ')
                        + ' — ' + (n.failureSummary || '').split('\\n').slice(1, 2).join('').trim()).join(' | '))))
                  .catch(e => done(['axe could not run: ' + e]));""");
        return (List<String>) found;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
