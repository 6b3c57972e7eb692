package io.floorcheck.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/** The whole application on the shared test MariaDB, one cached context for every class that uses it. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ContextConfiguration(initializers = MariaDbInitializer.class)
@Import({TestAccounts.class, FlakyDatabase.class, StatementCounter.class})
public @interface FloorcheckSpringTest {
}
