package io.floorcheck.base.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo data is seeded only when asked for ({@code FLOORCHECK_DEMO=true}) and only into the
 * embedded database, so a real MySQL installation can never receive demo accounts with a
 * published password, whatever its environment says.
 */
public class DemoDataCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        if (!environment.getProperty("floorcheck.demo", Boolean.class, false)) {
            return false;
        }
        String url = environment.getProperty("spring.datasource.url", environment.getProperty("floorcheck.db.url", ""));
        return DatabaseUrl.of(url).embedded();
    }
}
