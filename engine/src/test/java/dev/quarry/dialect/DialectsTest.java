package dev.quarry.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
                () -> Dialects.forJdbcUrl("jdbc:h2:mem:x"));
        assertEquals("cannot tell the dialect of 'jdbc:h2:mem:x': Quarry supports jdbc:postgresql:, jdbc:sqlite:, "
                + "jdbc:mysql: and jdbc:mariadb: URLs", url.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Dialects.forName("oracle"));
        assertSame(Dialects.MARIADB, Dialects.forName("MariaDB"));
    }
}
