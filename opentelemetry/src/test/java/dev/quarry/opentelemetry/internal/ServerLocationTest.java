package dev.quarry.opentelemetry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Server address, port and database name read from JDBC URLs; no database needed. */
class ServerLocationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "jdbc:postgresql://db.example.com:6432/orders?user=app | db.example.com | 6432 | orders",
        "jdbc:postgresql://db.example.com/orders | db.example.com | -1 | orders",
        "jdbc:postgresql:orders | - | -1 | orders",
        "jdbc:postgresql://primary:5432,standby:5433/orders?targetServerType=primary | primary | 5432 | orders",
        "jdbc:postgresql://[::1]:5432/orders | ::1 | 5432 | orders",
        "jdbc:mariadb://localhost:3307/shop?sslMode=disable | localhost | 3307 | shop",
        "jdbc:mysql://app:pw@mysql.internal:3306/shop | mysql.internal | 3306 | shop",
        "jdbc:mysql:replication://one:3306,two:3306/shop | one | 3306 | shop",
        "jdbc:mysql://address=(host=one)(port=3306)/shop | - | -1 | shop",
        "jdbc:mariadb://localhost:3306 | localhost | 3306 | -",
        "jdbc:mariadb://localhost:3306/?user=root | localhost | 3306 | -",
        "jdbc:sqlite:/var/data/app.db | - | -1 | app.db",
        "jdbc:sqlite:app.db?journal_mode=WAL | - | -1 | app.db",
        "jdbc:sqlite:file:cache?mode=memory&cache=shared | - | -1 | cache",
        "jdbc:sqlite::memory: | - | -1 | -",
        "jdbc:sqlite: | - | -1 | -",
        "jdbc:postgresql://host:notaport/orders | host | -1 | orders",
        "not a url | - | -1 | -",
    })
    void readsTheServerAndTheDatabaseFromTheUrl(String url, String address, int port, String namespace) {
        assertEquals(new ServerLocation(address, port, namespace), ServerLocation.parse(url));
    }

    @org.junit.jupiter.api.Test
    void aDatabaseOnADataSourceHasNoUrlAndIsLocatedNowhere() {
        assertEquals(ServerLocation.UNKNOWN, ServerLocation.parse(null));
    }
}
