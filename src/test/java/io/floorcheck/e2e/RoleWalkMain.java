package io.floorcheck.e2e;

import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The role walk against a running app, for looking at it while working on it:
 * {@code java -cp … io.floorcheck.e2e.RoleWalkMain http://localhost:8080 [email|all] [768x1024]}.
 * Prints every problem; screenshots land in target/screenshots.
 */
public final class RoleWalkMain {

    private RoleWalkMain() {
    }

    public static void main(String[] args) throws Exception {
        String[] size = (args.length > 2 ? args[2] : "1024x768").split("x");
        ChromeDriver browser = Chromium.start(Integer.parseInt(size[0]), Integer.parseInt(size[1]));
        try {
            RoleWalk walk = new RoleWalk(browser, args[0]);
            for (RoleWalk.Person person : RoleWalk.PEOPLE) {
                if (args.length > 1 && !args[1].equals("all") && !person.email().equals(args[1])) {
                    continue;
                }
                List<String> problems = walk.walk(person);
                System.out.println(person.email() + ": " + problems.size() + " problems so far");
            }
            walk.problems().forEach(System.out::println);
        } finally {
            browser.quit();
        }
    }
}
