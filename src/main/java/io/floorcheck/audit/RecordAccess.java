package io.floorcheck.audit;

import java.util.Optional;

/**
 * Who may read an evaluation's part of the trail (its Record): implemented by the evaluation
 * feature, declared here so the audit service enforces it itself, whoever calls it.
 */
public interface RecordAccess {

    /**
     * For the current user and an evaluation: empty when they read every entry (its lead and
     * readers), their own login when they read only their own entries (its evaluators).
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone else
     */
    Optional<String> ownEntriesOnly(long evaluationId);
}
