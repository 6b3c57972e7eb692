package io.floorcheck.audit.internal;

import java.time.Clock;

import io.floorcheck.audit.AccessRefused;
import io.floorcheck.audit.AuditActions;
import io.floorcheck.audit.AuditEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes refusals to the audit trail in a transaction of their own, once the refused call's
 * transaction is over: written inside it, the entry would be rolled back with the call.
 */
@Component
class AccessRefusalAuditor {

    private final AuditRepository audit;
    private final Clock clock;

    AccessRefusalAuditor(AuditRepository audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onRefused(AccessRefused refused) {
        audit.insert(clock.instant(), refused.actor(),
                AuditEntry.of(AuditActions.ACCESS_DENIED, null, null).withReason(refused.what()));
    }
}
