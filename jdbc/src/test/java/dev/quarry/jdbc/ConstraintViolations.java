package dev.quarry.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

/** Asserts that the database itself rejected a write for a constraint, as each driver reports it. */
final class ConstraintViolations {
    /** The kinds of constraint a write can break. */
    enum Kind {
        UNIQUE("23505", Set.of(1062), "UNIQUE constraint failed"),
        FOREIGN_KEY("23503", Set.of(1451, 1452), "FOREIGN KEY constraint failed"),
        CHECK("23514", Set.of(3819, 4025), "CHECK constraint failed");

        final String postgresqlState;
        final Set<Integer> mysqlCodes;
        final String sqliteMessage;

        Kind(String postgresqlState, Set<Integer> mysqlCodes, String sqliteMessage) {
            this.postgresqlState = postgresqlState;
            this.mysqlCodes = mysqlCodes;
            this.sqliteMessage = sqliteMessage;
        }
    }

    private static final int SQLITE_CONSTRAINT = 19;

    private ConstraintViolations() {
    }

    /**
     * Runs the write in a transaction of its own and asserts that it failed with the driver's error
     * for this kind of constraint, naming it where the database names constraints.
     */
    static DataAccessException assertRejected(Database db, Kind kind, String constraint, TransactionAction write) {
        DataAccessException error = assertThrows(DataAccessException.class, () -> db.inTransaction(write),
                () -> kind + " constraint " + constraint + " should have rejected the write on " + db.dialect());
        String message = error.getMessage();
        switch (db.dialect().name()) {
            case "postgresql" -> {
                assertEquals(kind.postgresqlState, error.sqlState(), message);
                assertTrue(message.contains("\"" + constraint + "\""), message);
            }
            case "sqlite" -> {
                assertEquals(SQLITE_CONSTRAINT, error.errorCode() & 0xFF, message);
                assertTrue(message.contains(kind.sqliteMessage), message);
                if (kind == Kind.CHECK) {
                    assertTrue(message.contains(constraint), message);
                }
            }
            default -> {
                assertEquals("23000", error.sqlState(), message);
                assertTrue(kind.mysqlCodes.contains(error.errorCode()), message);
                assertTrue(message.contains(constraint), message);
            }
        }
        return error;
    }
}
