package dev.quarry;

/**
 * A statement is incomplete or contradictory (an insert without a value for a required column, a
 * column assigned twice, a negative limit). Raised while building or rendering, before any SQL runs.
 */
public class InvalidQueryException extends QuarryException {
    private static final long serialVersionUID = 1L;

    public InvalidQueryException(String message) {
        super(message);
    }
}
