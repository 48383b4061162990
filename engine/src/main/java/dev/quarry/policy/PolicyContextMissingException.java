package dev.quarry.policy;

import dev.quarry.QuarryException;

/**
 * A statement reads or writes a policed table but the policy context lacks a value the policy
 * needs. Raised before any SQL is sent: a missing context is never read as "no filter".
 */
public class PolicyContextMissingException extends QuarryException {
    private static final long serialVersionUID = 1L;

    public PolicyContextMissingException(String message) {
        super(message);
    }
}
