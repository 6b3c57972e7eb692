package io.floorcheck.audit;

/** Action names shared by the features that record them and the views that read them. */
public final class AuditActions {

    public static final String LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGIN_THROTTLED = "LOGIN_THROTTLED";
    public static final String ACCESS_DENIED = "ACCESS_DENIED";

    /** Marker: a change by someone who had already been able to see colleagues' scores of the vendor. */
    public static final String AFTER_UNBLINDING = "AFTER_UNBLINDING";
    /** Marker: a correction of a visit's record made after the visit was completed. */
    public static final String LATE = "LATE";

    private AuditActions() {
    }
}
