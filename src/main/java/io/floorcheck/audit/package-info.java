/**
 * The audit trail: an append-only record of who did what, when and why. Other features call
 * {@link io.floorcheck.audit.AuditService#record} inside the transaction of the change they
 * record, so a change and its audit entry are committed or rolled back together.
 */
package io.floorcheck.audit;
