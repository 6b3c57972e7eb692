package io.floorcheck.base.ui;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Short random references that tie what a user saw to the matching log line. */
public final class ErrorReference {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    public static String next() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toUpperCase(java.util.Locale.ROOT);
    }
}
