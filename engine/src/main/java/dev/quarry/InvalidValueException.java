package dev.quarry;

import org.jspecify.annotations.Nullable;

/**
 * A value was rejected before any SQL ran: null for a non-null column, a value of the wrong Java
 * type, a string longer than its varchar, a decimal that does not fit its precision, and so on.
 * The message names the column and the value's problem. Also raised when a stored value cannot be
 * converted back (an enum label or ordinal the enum no longer has).
 */
public class InvalidValueException extends QuarryException {
    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message);
    }

    public InvalidValueException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
