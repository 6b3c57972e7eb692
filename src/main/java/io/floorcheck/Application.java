package io.floorcheck;

import java.time.Clock;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import io.floorcheck.comparison.StatsCommand;
import io.floorcheck.security.SeedingClock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Floorcheck: structured due diligence of BPO contact-center partners. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
// No @Push: server push is on only while a page needs it (base.ui.LivePush), so a scorecard tab
// does not hold a WebSocket's buffers.
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && StatsCommand.NAME.equals(args[0])) {
            // A command line tool over a CSV file: no Spring, no database.
            System.exit(StatsCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }

    /** The tab's icon: the Floorcheck mark, a vector so it is sharp at every size. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }

    /** All timestamps are UTC; demo seeding may set the moment its people act (see SeedingClock). */
    @Bean
    Clock clock() {
        return new SeedingClock(Clock.systemUTC());
    }
}
