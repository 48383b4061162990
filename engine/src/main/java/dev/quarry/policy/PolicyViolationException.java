package dev.quarry.policy;

import dev.quarry.QuarryException;

/**
 * A statement would write what a row policy forbids, such as a row of another tenant. Raised
 * before any SQL is sent.
 */
public class PolicyViolationException extends QuarryException {
    private static final long serialVersionUID = 1L;

    public PolicyViolationException(String message) {
        super(message);
    }
}
