package io.floorcheck.security;

import java.util.List;

/** The application roles. Used in {@code @RolesAllowed} and {@code @PreAuthorize}, so they are constants. */
public final class Roles {

    /** Users and the shared rubric library. */
    public static final String ADMIN = "ADMIN";
    /** Runs due-diligence evaluations. */
    public static final String PROCUREMENT = "PROCUREMENT";
    /** Goes on visits and scores. */
    public static final String EVALUATOR = "EVALUATOR";
    /** Reads comparisons and reports. */
    public static final String VIEWER = "VIEWER";

    /** In order of decreasing reach; the first one a user has names them in the UI. */
    public static final List<String> ALL = List.of(ADMIN, PROCUREMENT, EVALUATOR, VIEWER);

    private Roles() {
    }
}
