package io.floorcheck.user.internal;

import java.time.Clock;
import java.time.Duration;

import io.floorcheck.audit.AuditActions;
import io.floorcheck.audit.AuditService;
import io.floorcheck.security.LoginThrottle;
import org.springframework.stereotype.Component;

/**
 * Throttles a login name after {@link #MAX_FAILURES} failures within {@link #WINDOW}, counted
 * from the audit trail, so the count survives restarts and holds across application nodes.
 */
@Component
class AuditedLoginThrottle implements LoginThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final AuditService audit;
    private final Clock clock;

    AuditedLoginThrottle(AuditService audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public boolean isThrottled(String login) {
        String actor = UserRepository.normalizeEmail(login);
        return audit.countSince(actor, AuditActions.LOGIN_FAILED, clock.instant().minus(WINDOW)) >= MAX_FAILURES;
    }
}
