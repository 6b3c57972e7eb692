package io.floorcheck.visit;

/** A visit is planned, then under way, then completed; a planned visit may be cancelled instead. */
public enum VisitStatus {
    PLANNED, IN_PROGRESS, COMPLETED, CANCELLED
}
