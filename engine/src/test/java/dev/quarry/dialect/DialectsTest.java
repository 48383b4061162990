package dev.quarry.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.dialect.DatabaseFailure.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialectsTest {
    @Test
    void dialectFollowsTheJdbcUrl() {
        assertSame(Dialects.POSTGRESQL, Dialects.forJdbcUrl("jdbc:postgresql://localhost/app"));
        assertSame(Dialects.SQLITE, Dialects.forJdbcUrl("jdbc:sqlite:app.db"));
        assertSame(Dialects.MYSQL, Dialects.forJdbcUrl("jdbc:mysql://localhost/app"));
        assertSame(Dialects.MARIADB, Dialects.forJdbcUrl("JDBC:MARIADB://localhost/app"));
    }

    @Test
    void unknownUrlsAndNamesAreRejectedWithTheChoices() {
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class,
                () -> Dialects.forJdbcUrl("jdbc:oracle:thin:scott/tiger@db:1521:app"));
        assertEquals("cannot tell the dialect of a 'jdbc:oracle:' URL: Quarry supports jdbc:postgresql:, jdbc:sqlite:, "
                + "jdbc:mysql: and jdbc:mariadb: URLs", url.getMessage(), "the message quotes the scheme, never credentials");
        assertEquals("cannot tell the dialect of a JDBC URL without a scheme: Quarry supports jdbc:postgresql:,"
                + " jdbc:sqlite:, jdbc:mysql: and jdbc:mariadb: URLs",
                assertThrows(IllegalArgumentException.class, () -> Dialects.forJdbcUrl("user:secret")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Dialects.forName("oracle"));
        assertSame(Dialects.MARIADB, Dialects.forName("MariaDB"));
    }

    @Test
    void connectionFailuresAreToldFromOtherFailuresPerDialect() {
        for (Dialect dialect : List.of(Dialects.POSTGRESQL, Dialects.MYSQL, Dialects.MARIADB)) {
            assertEquals(Kind.CONNECTION_LOST, dialect.classifyFailure("08006", 0, "").kind(), dialect.name() + ": class 08");
            assertEquals(Kind.OTHER, dialect.classifyFailure(null, 0, "").kind(), dialect.name() + ": no state, no code");
        }
        assertEquals(Kind.CONNECTION_LOST, Dialects.POSTGRESQL.classifyFailure("57P01", 0, "").kind(), "terminated by an administrator");
        assertEquals(Kind.OTHER, Dialects.POSTGRESQL.classifyFailure("57014", 0, "").kind(), "a cancelled statement keeps its connection");
        assertEquals(Kind.CONNECTION_LOST, Dialects.MARIADB.classifyFailure("70100", 1927, "").kind(), "the connection was killed");
        assertEquals(Kind.OTHER, Dialects.MARIADB.classifyFailure("70100", 1317, "").kind(), "a killed query keeps its connection");
        assertEquals(Kind.CONNECTION_LOST, Dialects.MYSQL.classifyFailure("HY000", 2013, "").kind(), "lost during a query");
        assertTrue(Dialects.MYSQL.classifyFailure("HY000", 2013, "").isTransient());
    }

    @Test
    void constraintViolationsNameTheirConstraintAndColumnFromTheServersMessages() {
        assertEquals(new DatabaseFailure(Kind.UNIQUE_VIOLATION, "uq_users_name", null), Dialects.POSTGRESQL.classifyFailure(
                "23505", 0, "ERROR: duplicate key value violates unique constraint \"uq_users_name\"\n  Detail: Key (name)=(a)"));
        assertEquals(new DatabaseFailure(Kind.NOT_NULL_VIOLATION, null, "name"), Dialects.POSTGRESQL.classifyFailure("23502", 0,
                "ERROR: null value in column \"name\" of relation \"users\" violates not-null constraint"));
        assertEquals(new DatabaseFailure(Kind.FOREIGN_KEY_VIOLATION, "fk_books_author", "author_id"),
                Dialects.MARIADB.classifyFailure("23000", 1452, "(conn=4) Cannot add or update a child row: a foreign key"
                        + " constraint fails (`quarry`.`books`, CONSTRAINT `fk_books_author` FOREIGN KEY (`author_id`) REFERENCES"
                        + " `authors` (`id`))"));
        assertEquals(new DatabaseFailure(Kind.UNIQUE_VIOLATION, "uq_users_name", null),
                Dialects.MYSQL.classifyFailure("23000", 1062, "Duplicate entry 'a' for key 'users.uq_users_name'"));
        assertEquals(new DatabaseFailure(Kind.CHECK_VIOLATION, "ck_users_age", null),
                Dialects.MYSQL.classifyFailure("HY000", 3819, "Check constraint 'ck_users_age' is violated."));
        assertEquals(new DatabaseFailure(Kind.CHECK_VIOLATION, "ck_users_age", null),
                Dialects.SQLITE.classifyFailure(null, 19, "[SQLITE_CONSTRAINT_CHECK] A CHECK constraint failed"
                        + " (CHECK constraint failed: ck_users_age)"));
        assertEquals(new DatabaseFailure(Kind.UNIQUE_VIOLATION, null, "name"), Dialects.SQLITE.classifyFailure(null, 19,
                "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: users.name)"));
        assertEquals(Kind.SERIALIZATION_FAILURE, Dialects.SQLITE.classifyFailure(null, 5, "[SQLITE_BUSY_SNAPSHOT] Another"
                + " database connection has already written to the database").kind());
        assertEquals(Kind.BUSY, Dialects.SQLITE.classifyFailure(null, 5, "[SQLITE_BUSY] The database file is locked").kind());
    }
}
