package io.floorcheck.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The database going away, at its true boundary: while {@link #down()} is in force every new
 * connection fails as it does when the server is unreachable. Part of the shared test context,
 * so a test can simulate an outage without starting a context of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FlakyDatabase {

    private volatile boolean down;

    /** From now on, connections fail. */
    public void down() {
        down = true;
    }

    /** The database is back. */
    public void up() {
        down = false;
    }

    @Bean
    static BeanPostProcessor flakyDataSource(FlakyDatabase flaky) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof Outage)) {
                    return new Outage(dataSource, flaky);
                }
                return bean;
            }
        };
    }

    private static final class Outage extends DelegatingDataSource {

        private final FlakyDatabase flaky;

        Outage(DataSource target, FlakyDatabase flaky) {
            super(target);
            this.flaky = flaky;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (flaky.down) {
                throw new SQLTransientConnectionException("Connection is not available (simulated outage)");
            }
            return super.getConnection();
        }
    }
}
