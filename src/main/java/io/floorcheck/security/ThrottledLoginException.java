package io.floorcheck.security;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** Raised before any password check while a login name is throttled at the client's address. */
public class ThrottledLoginException extends LockedException {

    private final transient Duration wait;

    public ThrottledLoginException(String login, Duration wait) {
        super("Too many failed sign-ins for " + login + " from this address; wait " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    /** How long until the next try is checked. */
    public Duration waitTime() {
        return wait;
    }
}
