package io.floorcheck.e2e;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One demo person's walk through the app at tablet size, as a new user makes it: sign in, read
 * the home page, follow its first to-do item, then open each main view of their role. On every
 * page: a title ending in "· Floorcheck", no "Page not found", and no serious or critical axe
 * violation. What is wrong comes back as lines, so one run names every problem at once.
 */
final class RoleWalk {

    /** A demo person and the main views of their role (paths after the host). */
    record Person(String email, String screenshot, List<String> views) {
    }

    /** The demo people of every role, with the views each opens (see DemoSeeder and the demo data). */
    static final List<Person> PEOPLE = List.of(
            new Person("priya.nair@example.com", "lead", List.of("evaluations", "evaluations/view/1",
                    "evaluations/visits/1", "visits/3", "evaluations/2/comparison", "evaluations/2/consensus",
                    "evaluations/record/2", "rubrics", "vendors", "account")),
            new Person("claire.dubois@example.com", "reader", List.of("evaluations", "evaluations/view/2",
                    "evaluations/2/comparison", "rubrics", "account")),
            new Person("sofia.alvarez@example.com", "evaluator-on-visit", List.of("evaluations/view/1",
                    "visits/3", "scorecards/3", "leadership/3", "debriefs/3")),
            new Person("marcus.weber@example.com", "evaluator", List.of("evaluations")),
            new Person("kenji.tanaka@example.com", "evaluator-new", List.of("evaluations")),
            new Person("lena.fischer@example.com", "evaluator-2", List.of("evaluations")),
            new Person("admin@example.com", "admin", List.of("users", "audit", "vendors", "vendors/edit/1",
                    "rubrics/version/1", "account")));

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final String base;
    private final List<String> problems = new ArrayList<>();

    RoleWalk(WebDriver browser, String base) {
        this.browser = browser;
        this.base = base;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Walks as the person; returns every problem found, empty when the walk is clean. */
    List<String> walk(Person person) throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(person.email());
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("floorcheck-demo");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-welcome")));
        // Up to 1100 px (tablets) the navigation drawer is an overlay and starts closed.
        Object drawer = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const layout = document.querySelector('vaadin-app-layout');"
                        + " return window.innerWidth > 1100 || (layout.hasAttribute('overlay') && !layout.drawerOpened);");
        if (!Boolean.TRUE.equals(drawer)) {
            problems.add(person.email() + " on home: the drawer is open beside the page at a tablet's width");
        }
        check(person, "home");
        Chromium.screenshot(browser, "walk-" + person.screenshot() + "-home-1024");

        List<WebElement> items = browser.findElements(By.cssSelector("#home-attention .fc-attention"));
        if (!items.isEmpty()) {
            String href = items.getFirst().getDomAttribute("href");
            items.getFirst().click();
            wait.until(driver -> !driver.getCurrentUrl().equals(base + "/"));
            settle();
            check(person, "first to-do item " + href);
            Chromium.screenshot(browser, "walk-" + person.screenshot() + "-first-item-1024");
        }
        for (String view : person.views()) {
            browser.get(base + "/" + view);
            settle();
            check(person, view);
            Chromium.screenshot(browser, "walk-" + person.screenshot() + "-" + view.replace('/', '-') + "-1024");
        }
        return problems;
    }

    private void check(Person person, String where) {
        settle();
        String at = person.email() + " on " + where + ": ";
        String title = browser.getTitle();
        if (!title.endsWith("· Floorcheck")) {
            problems.add(at + "title \"" + title + "\"");
        }
        if (!browser.findElements(By.xpath("//h1[normalize-space()='Page not found']")).isEmpty()) {
            problems.add(at + "Page not found");
        }
        Axe.seriousViolations(browser).forEach(violation -> problems.add(at + violation));
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Until Vaadin has nothing on its way and the view has its heading. */
    private void settle() {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                if (!clients) return false;
                return Object.values(clients).every(c => !c.isActive || !c.isActive())
                    && document.querySelector('h1') !== null;""")));
    }
}
