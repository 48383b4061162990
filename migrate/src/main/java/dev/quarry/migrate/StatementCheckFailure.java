package dev.quarry.migrate;

import java.sql.SQLException;

/** A check the runner makes itself failed; names the statement that found the problem. */
final class StatementCheckFailure extends SQLException {
    private static final long serialVersionUID = 1L;

    private final String statement;

    StatementCheckFailure(String statement, String message) {
        super(message);
        this.statement = statement;
    }

    String statement() {
        return statement;
    }
}
