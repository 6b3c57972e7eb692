package io.floorcheck.audit;

import java.util.Set;

/** The kinds of entry outside any evaluation, for administrators to filter the trail by. */
public enum SystemRecordKind {
    SIGN_INS(AuditActions.LOGIN_SUCCEEDED, AuditActions.LOGIN_FAILED, AuditActions.LOGIN_THROTTLED),
    REFUSALS(AuditActions.ACCESS_DENIED),
    USERS("USER_CREATED", "USER_UPDATED", "USER_DISABLED", "USER_ENABLED", "PASSWORD_RESET", "PASSWORD_CHANGED",
            "PASSWORD_CHECK_FAILED"),
    LIBRARY("RUBRIC_CREATED", "RUBRIC_IMPORTED", "RUBRIC_RENAMED", "RUBRIC_DRAFT_STARTED", "RUBRIC_DRAFT_IMPORTED",
            "RUBRIC_DRAFT_DISCARDED", "RUBRIC_PUBLISHED", "RUBRIC_RETIRED"),
    VENDORS("VENDOR_CREATED", "VENDOR_UPDATED", "VENDORS_IMPORTED");

    private final Set<String> actions;

    SystemRecordKind(String... actions) {
        this.actions = Set.of(actions);
    }

    public Set<String> actions() {
        return actions;
    }
}
