package dev.quarry.samples.java.tour;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.UniqueViolationException;
import dev.quarry.sql.Column;
import dev.quarry.sql.Table;

/** Typed errors through the Java facade; docs/errors.md shows the region between "docs:" markers. */
public final class ErrorTour {
    /** Members of the bookshop's club, one per email address. */
    public static final class Members extends Table {
        public static final Members MEMBERS = new Members();
        public final Column<Long> id = bigint("id").autoIncrement();
        public final Column<String> email = varchar("email", 120).unique();

        private Members() {
            super("members");
        }
    }

    private static final Members MEMBERS = Members.MEMBERS;

    private ErrorTour() {
    }

    // docs:errors
    /** Registers an email address; false when it is taken, whichever database says so. */
    static boolean register(Database db, String email) {
        try {
            db.inTransaction(tx -> tx.insertInto(MEMBERS).set(MEMBERS.email, email).execute());
            return true;
        } catch (UniqueViolationException taken) {
            return false;
        }
    }
    // docs:end
}
