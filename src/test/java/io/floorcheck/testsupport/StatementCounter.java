package io.floorcheck.testsupport;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements jOOQ runs on the test thread while {@link #count} is in force: the
 * way a test holds a read to its budget ("a constant number of queries"). Part of the shared
 * test context, so counting never starts a context of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private final ThreadLocal<AtomicInteger> counting = new ThreadLocal<>();

    /** The statements {@code work} ran, with its result. */
    public <T> Counted<T> count(Supplier<T> work) {
        AtomicInteger statements = new AtomicInteger();
        counting.set(statements);
        try {
            T result = work.get();
            return new Counted<>(result, statements.get());
        } finally {
            counting.remove();
        }
    }

    public record Counted<T>(T result, int statements) {
    }

    @Bean
    ExecuteListenerProvider statementCounting() {
        return new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                AtomicInteger statements = counting.get();
                if (statements != null) {
                    statements.incrementAndGet();
                }
            }
        });
    }
}
