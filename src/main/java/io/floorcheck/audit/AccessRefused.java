package io.floorcheck.audit;

import io.floorcheck.security.CurrentUser;

/**
 * A service refused the current user something their role alone would allow (another
 * evaluation's data, someone else's call). Published as an event and written to the audit
 * trail after the refused call's transaction has rolled back, so the refusal is kept.
 */
public record AccessRefused(String actor, String what) {

    public static AccessRefused of(String what) {
        return new AccessRefused(CurrentUser.username().orElse(AuditService.SYSTEM_ACTOR), what);
    }
}
