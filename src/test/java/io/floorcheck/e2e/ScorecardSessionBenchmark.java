package io.floorcheck.e2e;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What an open scorecard costs the server: opens N sessions (each its own sign-in, in its own
 * tab, kept open) on a scorecard of a running app and prints the live heap after a full GC
 * before and after, per session. The heap is read with {@code jcmd <pid> GC.class_histogram},
 * which collects first, so only what the sessions keep alive counts.
 *
 * <pre>java -cp … io.floorcheck.e2e.ScorecardSessionBenchmark http://localhost:8091 PID 10 \
 *     sofia.alvarez@example.com scorecards/3 scorecard-progress [text it shows when ready: scored]</pre>
 * (The home page, {@code "" home-welcome Welcome}, gives the floor: what any signed-in session costs.)
 */
public final class ScorecardSessionBenchmark {

    private ScorecardSessionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        int sessions = Integer.parseInt(args[2]);
        String email = args[3];
        String path = args[4];
        String ready = args[5];
        String readyText = args.length > 6 ? args[6] : "scored";
        ChromeDriver browser = Chromium.start(1024, 768);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            // One session first, so classes, caches and the view's first-use costs are paid.
            open(browser, wait, base, email, path, ready, readyText);
            long before = liveHeap(pid);
            for (int i = 0; i < sessions; i++) {
                browser.switchTo().newWindow(WindowType.TAB);
                open(browser, wait, base, email, path, ready, readyText);
            }
            long after = liveHeap(pid);
            System.out.printf("%s: %d sessions, live heap after GC %.1f MB before, %.1f MB after: %.0f kB per session%n",
                    path, sessions, before / 1e6, after / 1e6, (after - before) / 1e3 / sessions);
        } finally {
            browser.quit();
        }
    }

    /** A fresh sign-in (a session of its own) and the page, until it shows it is ready. */
    private static void open(ChromeDriver browser, WebDriverWait wait, String base, String email, String path,
            String ready, String readyText) {
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, wait, port(base), email);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-welcome")));
        browser.get(base + "/" + path);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(ready), readyText));
    }

    /** The port of a local base address ("http://localhost:8091"), as the sign-in step takes it. */
    private static int port(String base) {
        return Integer.parseInt(base.substring(base.lastIndexOf(':') + 1).replace("/", ""));
    }

    /**
     * The live heap in bytes: the histogram's total, taken after the full GC it forces. Taken
     * twice, the second counted: one full GC can leave megabytes that a second one collects, which
     * made single readings wander by ±300 kB per session over ten sessions.
     */
    private static long liveHeap(long pid) throws IOException, InterruptedException {
        histogramTotal(pid, false);
        return histogramTotal(pid, true);
    }

    private static long histogramTotal(long pid, boolean keepIt) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(System.getProperty("java.home") + "/bin/jcmd", String.valueOf(pid),
                "GC.class_histogram").redirectErrorStream(true).start();
        String histogram = new String(jcmd.getInputStream().readAllBytes());
        List<String> lines = histogram.lines().toList();
        jcmd.waitFor();
        // -Dhistograms=DIR keeps each histogram, to see which classes a session holds.
        String keep = System.getProperty("histograms");
        if (keep != null && keepIt) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(keep, "histogram-" + System.nanoTime() + ".txt"),
                    histogram);
        }
        String total = lines.stream().filter(line -> line.startsWith("Total")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no histogram: " + lines));
        String[] parts = total.trim().split("\\s+");
        return Long.parseLong(parts[2]);
    }
}
