package dev.quarry.jdbc.internal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.QuarryException;
import dev.quarry.dialect.Dialects;
import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.cluster.ReplicationPosition;
import dev.quarry.testkit.TestTarget;
import dev.quarry.testkit.TestTargets;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Read-your-writes on MySQL, which no test server here provides: which synchronisation each server
 * gets (MySQL GTID sets, not MariaDB's positions, decided by the server and not the driver), the
 * statements and values sent, the reading of GTID sets as the server writes them, and the answers
 * of {@code WAIT_FOR_EXECUTED_GTID_SET}. MariaDB's synchronisation runs live in
 * {@code ReplicaClusterTest}.
 */
class MySqlReplicaSyncTest {
    private static final String SOURCE_A = "3E11FA47-71CA-11E1-9E33-C80AA9429562";
    private static final String SOURCE_B = "2174b383-5441-11e8-b90a-c80aa9429562";

    @Test
    void eachServerGetsItsOwnSynchronisation() {
        assertInstanceOf(MySqlReplicaSync.class, ReplicaSync.of(Dialects.MYSQL));
        assertInstanceOf(MariaDbReplicaSync.class, ReplicaSync.of(Dialects.MARIADB));
        assertInstanceOf(PostgresReplicaSync.class, ReplicaSync.of(Dialects.POSTGRESQL));
        UnsupportedOperationException sqlite = assertThrows(UnsupportedOperationException.class, () -> ReplicaSync.of(Dialects.SQLITE));
        assertTrue(sqlite.getMessage().contains("PostgreSQL, MariaDB and MySQL"), sqlite.getMessage());
    }

    @Test
    void aMariaDbServerReachedThroughMySqlConnectorJIsSynchronisedAsMariaDb() {
        List<TestTarget> throughConnectorJ = TestTargets.enabled().stream().filter(TestTarget::throughConnectorJ).toList();
        Assumptions.assumeFalse(throughConnectorJ.isEmpty(), "MySQL Connector/J is not among the drivers of this run"
                + " (quarry.test.dialects / quarry.test.mysql.drivers); the jdbc build runs this test through it");
        TestTarget target = throughConnectorJ.get(0);
        try (Database db = Database.connect(DatabaseConfig.builder(target.jdbcUrl()).name("gtid-selection").poolSize(1).build())) {
            assertEquals(target.server(), db.dialect().name(), "the dialect is the server's, whatever the jdbc:mysql: URL says");
            Class<? extends ReplicaSync> expected = target.server().equals("mariadb") ? MariaDbReplicaSync.class : MySqlReplicaSync.class;
            assertInstanceOf(expected, ReplicaSync.of(db.dialect()));
        }
    }

    @Test
    void theStatementsAskForTheExecutedSetAndWaitForIt() {
        assertEquals("SELECT @@GLOBAL.gtid_executed AS position", MySqlReplicaSync.POSITION_SQL);
        assertEquals("SELECT WAIT_FOR_EXECUTED_GTID_SET(?, ?) AS outcome", MySqlReplicaSync.WAIT_SQL);
        ReplicationPosition position = MySqlReplicaSync.positionOf(SOURCE_A + ":1-57,\n" + SOURCE_B + ":1-3:7");
        assertEquals(new ReplicationPosition("mysql", SOURCE_A + ":1-57," + SOURCE_B + ":1-3:7"), position,
                "the server's line breaks are dropped");
        assertEquals(List.of(position.value(), new BigDecimal("1.500")), MySqlReplicaSync.waitArguments(position, Duration.ofMillis(1500)),
                "the set and the timeout in seconds, to the millisecond");
        assertEquals(new BigDecimal("0.001"), MySqlReplicaSync.waitArguments(position, Duration.ZERO).get(1),
                "never a timeout of 0");
        IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class,
                () -> MySqlReplicaSync.waitArguments(new ReplicationPosition("mariadb", "0-1-42"), Duration.ofSeconds(1)));
        assertTrue(foreign.getMessage().contains("mariadb replication position is not a MySQL GTID set"), foreign.getMessage());
    }

    @Test
    void theWaitsAnswerTellsWhetherTheReplicaCaughtUp() {
        assertTrue(MySqlReplicaSync.reached(0L));
        assertTrue(MySqlReplicaSync.reached(0));
        assertFalse(MySqlReplicaSync.reached(1L), "1: timed out");
        assertFalse(MySqlReplicaSync.reached(null));
    }

    @Test
    void gtidSetsAreReadAsTheServerWritesThem() {
        assertTrue(GtidSet.parse("").isEmpty());
        assertTrue(GtidSet.parse(" \n").isEmpty());
        assertEquals(List.of(SOURCE_A + ":1-5:11-18"), GtidSet.parse(SOURCE_A + ":1-5:11-18").sources());
        assertEquals(SOURCE_A + ":1-5," + SOURCE_B + ":1-56", GtidSet.parse(SOURCE_A + ":1-5,\n" + SOURCE_B + ":1-56").text());
        assertEquals(SOURCE_A + ":1-5:billing:1-3", GtidSet.parse(SOURCE_A + ":1-5:billing:1-3").text(), "tagged GTIDs (MySQL 8.3+)");
        assertEquals(SOURCE_B + ":42", GtidSet.parse(SOURCE_B + ":42").text());
        for (String invalid : List.of("0-1-42", SOURCE_A, SOURCE_A + ":", SOURCE_A + ":5-1", SOURCE_A + ":0",
                SOURCE_A + ":1-5:billing", SOURCE_A + ":1-5,", "3E11FA47:1-5", SOURCE_A + ":1-5:bad-tag:1")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> GtidSet.parse(invalid), invalid);
            assertTrue(refused.getMessage().startsWith("not a MySQL GTID set: '") && refused.getMessage().contains("such as"),
                    refused.getMessage());
        }
        QuarryException empty = assertThrows(QuarryException.class, () -> MySqlReplicaSync.positionOf(""));
        assertTrue(empty.getMessage().contains("gtid_mode = ON"), empty.getMessage());
    }
}
