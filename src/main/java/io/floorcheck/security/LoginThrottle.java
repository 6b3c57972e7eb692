package io.floorcheck.security;

/**
 * Decides whether a login name has failed too often recently to be allowed another try.
 * Implemented by the {@code user} feature from the audit trail, so a restart or a second
 * application node does not reset the count.
 */
public interface LoginThrottle {

    boolean isThrottled(String login);
}
