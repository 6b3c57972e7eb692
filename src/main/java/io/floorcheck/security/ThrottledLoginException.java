package io.floorcheck.security;

import org.springframework.security.authentication.LockedException;

/** Raised before any password check while a login name is throttled. */
public class ThrottledLoginException extends LockedException {

    public ThrottledLoginException(String login) {
        super("Too many failed logins for " + login);
    }
}
