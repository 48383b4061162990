package dev.quarry.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Asserts that the database itself rejected a write for a constraint, with the typed exception of that kind. */
final class ConstraintViolations {
    /** The kinds of constraint a write can break. */
    enum Kind {
        UNIQUE(UniqueViolationException.class),
        FOREIGN_KEY(ForeignKeyViolationException.class),
        CHECK(CheckViolationException.class);

        final Class<? extends ConstraintViolationException> type;

        Kind(Class<? extends ConstraintViolationException> type) {
            this.type = type;
        }
    }

    private ConstraintViolations() {
    }

    /**
     * Runs the write in a transaction of its own and asserts that it failed for this kind of
     * constraint, naming it where the database names constraints (SQLite names only its checks).
     */
    static ConstraintViolationException assertRejected(Database db, Kind kind, String constraint, TransactionAction write) {
        ConstraintViolationException error = assertThrows(kind.type, () -> db.inTransaction(write),
                () -> kind + " constraint " + constraint + " should have rejected the write on " + db.dialect());
        if (!db.dialect().name().equals("sqlite") || kind == Kind.CHECK) {
            assertEquals(constraint, error.constraint(), error.getMessage());
        }
        assertFalse(error.isTransient());
        return error;
    }
}
