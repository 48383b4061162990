package dev.quarry.jdbc.internal.driver;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Runs a statement that returns rows although it is not a query ({@code INSERT … RETURNING},
 * {@code DELETE … RETURNING}), or SQL written by hand that may be either. MySQL Connector/J's
 * {@code executeQuery} refuses every statement that does not start like a query, even when the
 * server (MariaDB) returns rows for it; {@code execute} takes them on every driver.
 */
public final class ReturnedRows {
    private ReturnedRows() {
    }

    /**
     * The statement's rows.
     *
     * @throws SQLException if the statement returned an update count instead of rows
     */
    public static ResultSet of(PreparedStatement prepared) throws SQLException {
        if (!prepared.execute()) {
            throw new SQLException("the statement returned an update count where rows were expected");
        }
        return prepared.getResultSet();
    }
}
