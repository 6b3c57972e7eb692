package io.floorcheck.base;

import java.util.Arrays;

/**
 * A business rule said no. Carries a key of the messages bundle and its arguments, so the UI
 * shows the user a translated, specific message and the service stays free of UI text.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
