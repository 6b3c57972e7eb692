package io.floorcheck.audit;

/** Action names shared by the features that record them and the views that read them. */
public final class AuditActions {

    public static final String LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGIN_THROTTLED = "LOGIN_THROTTLED";
    public static final String ACCESS_DENIED = "ACCESS_DENIED";

    private AuditActions() {
    }
}
