package dev.quarry.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        for (Dialect dialect : List.of(Dialects.POSTGRESQL, Dialects.MYSQL, Dialects.MARIADB, Dialects.SQLITE)) {
            assertTrue(dialect.isConnectionFailure("08006", 0), dialect.name() + ": class 08 is a lost connection");
            assertFalse(dialect.isConnectionFailure("23505", 0), dialect.name() + ": a constraint violation is not");
            assertFalse(dialect.isConnectionFailure(null, 0), dialect.name() + ": no state, no code");
        }
        assertTrue(Dialects.POSTGRESQL.isConnectionFailure("57P01", 0), "terminated by an administrator");
        assertFalse(Dialects.POSTGRESQL.isConnectionFailure("57014", 0), "a cancelled statement keeps its connection");
        assertTrue(Dialects.MARIADB.isConnectionFailure("70100", 1927), "the connection was killed");
        assertFalse(Dialects.MARIADB.isConnectionFailure("70100", 1317), "a killed query keeps its connection");
        assertTrue(Dialects.MYSQL.isConnectionFailure("HY000", 2013), "lost during a query");
    }
}
