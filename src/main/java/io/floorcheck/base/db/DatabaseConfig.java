package io.floorcheck.base.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One place that turns the configured URL into a connection pool and a jOOQ dialect.
 *
 * <p>{@code FLOORCHECK_DB_URL} (or the standard {@code SPRING_DATASOURCE_URL}) selects the
 * database; with neither, the embedded H2 default is used.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean
    DatabaseUrl databaseUrl(@Value("${spring.datasource.url:${floorcheck.db.url:}}") String url,
            @Value("${floorcheck.demo:false}") boolean demo) {
        DatabaseUrl databaseUrl = DatabaseUrl.of(url, demo);
        log.info("Database: {}", databaseUrl);
        return databaseUrl;
    }

    @Bean
    DataSource dataSource(DatabaseUrl url,
            @Value("${spring.datasource.username:${floorcheck.db.user:}}") String user,
            @Value("${spring.datasource.password:${floorcheck.db.password:}}") String password,
            @Value("${floorcheck.db.pool-size:10}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("floorcheck");
        config.setJdbcUrl(url.url());
        if (!user.isBlank()) {
            config.setUsername(user);
        }
        if (!password.isBlank()) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(poolSize);
        // A dead database must surface as an error within seconds, not after minutes of waiting.
        config.setConnectionTimeout(DatabaseUrl.CONNECT_TIMEOUT_MILLIS);
        config.setValidationTimeout(2_000);
        // Start-up needs the database (Flyway migrates it first): if it cannot be reached within
        // the connect timeout, fail start-up with the driver's message instead of hanging.
        config.setInitializationFailTimeout(DatabaseUrl.CONNECT_TIMEOUT_MILLIS);
        return new HikariDataSource(config);
    }

    @Bean
    DefaultConfigurationCustomizer floorcheckJooqSettings(DatabaseUrl url) {
        return configuration -> {
            configuration.set(url.kind().dialect());
            configuration.settings()
                    // jOOQ must not send SET statements of its own (no multi-queries), the URL
                    // raises group_concat_max_len for the whole session instead.
                    .withRenderGroupConcatMaxLenSessionVariable(false);
        };
    }
}
