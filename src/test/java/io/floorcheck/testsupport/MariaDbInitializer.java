package io.floorcheck.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points a Spring test context at a fresh database on the shared test MariaDB server. Spring
 * caches the context, so all test classes with the same configuration share one database and
 * must not assume it is empty: they create their own, uniquely named data.
 */
public class MariaDbInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        MariaDbServer.JdbcCoordinates database = MariaDbServer.freshDatabase();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("floorcheck-test-database",
                Map.of("spring.datasource.url", database.url(),
                        "spring.datasource.username", database.user(),
                        "spring.datasource.password", database.password())));
    }
}
