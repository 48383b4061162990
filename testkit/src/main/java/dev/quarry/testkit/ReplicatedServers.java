package dev.quarry.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * A primary and one replica with real replication, started for one test class: PostgreSQL with a
 * streaming hot standby, or MariaDB with a GTID replica of its binary log. Both servers are
 * embedded and belong to the test, which may stop and start the replica and pause its replay to
 * make it lag. Closing stops both and deletes their data. Not thread-safe: one test drives it.
 */
public final class ReplicatedServers implements AutoCloseable {
    private final String family;
    private final EmbeddedServer primary;
    private final EmbeddedServer replica;

    private ReplicatedServers(String family, EmbeddedServer primary, EmbeddedServer replica) {
        this.family = family;
        this.primary = primary;
        this.replica = replica;
    }

    /**
     * The enabled test targets that have replicated servers: PostgreSQL, and the MySQL family through
     * MariaDB Connector/J. Replication does not depend on the client's driver, so the Connector/J
     * target of the same server is not started twice.
     */
    public static java.util.List<String> enabledFamilies() {
        return TestTargets.enabledFamilies().stream()
                .filter(family -> family.equals("postgresql") || family.equals("mysql"))
                .toList();
    }

    /**
     * Starts a replicated pair of a family: {@code postgresql}, or {@code mysql} (MariaDB). Returns
     * once the replica has the primary's scratch database.
     *
     * @throws IllegalArgumentException for SQLite, which has no replication
     */
    public static ReplicatedServers start(String family) throws Exception {
        return switch (family) {
            case "postgresql" -> startPostgres();
            case "mysql" -> startMariaDb();
            default -> throw new IllegalArgumentException(family + " has no replication to start");
        };
    }

    private static ReplicatedServers startPostgres() throws Exception {
        EmbeddedPostgresServer primary = EmbeddedPostgresServer.create();
        try {
            EmbeddedPostgresServer standby = EmbeddedPostgresServer.adopt(PostgresStandbyCopy.of(primary));
            return new ReplicatedServers("postgresql", primary, standby);
        } catch (Exception | Error e) {
            primary.close();
            throw e;
        }
    }

    private static ReplicatedServers startMariaDb() throws Exception {
        EmbeddedMariaDbServer primary = EmbeddedMariaDbServer.create(
                List.of("--skip-ssl", "--log-bin=quarry-bin", "--server-id=1", "--binlog-format=ROW"));
        EmbeddedMariaDbServer replica = null;
        try {
            replica = EmbeddedMariaDbServer.create(List.of("--skip-ssl", "--server-id=2", "--read-only"));
            String position;
            try (Connection connection = DriverManager.getConnection(primary.jdbcUrl());
                    Statement statement = connection.createStatement()) {
                try (ResultSet result = statement.executeQuery("SELECT @@gtid_binlog_pos")) {
                    result.next();
                    position = result.getString(1);
                }
            }
            try (Connection connection = DriverManager.getConnection(replica.jdbcUrl());
                    Statement statement = connection.createStatement()) {
                // The embedded servers skip grant tables, so root may replicate (without TLS, like the servers). Both servers made their scratch database themselves: the replica starts after that point.
                statement.execute("SET GLOBAL gtid_slave_pos = '" + position + "'");
                statement.execute("CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = " + primary.port()
                        + ", MASTER_USER = 'root', MASTER_USE_GTID = slave_pos, MASTER_CONNECT_RETRY = 1, MASTER_SSL = 0");
                statement.execute("START SLAVE");
            }
            return new ReplicatedServers("mysql", primary, replica);
        } catch (Exception | Error e) {
            if (replica != null) {
                replica.close();
            }
            primary.close();
            throw e;
        }
    }

    public String family() {
        return family;
    }

    /** A JDBC URL, with credentials, of the scratch database on the primary. */
    public String primaryUrl() {
        return primary.jdbcUrl();
    }

    /** A JDBC URL, with credentials, of the same database on the replica; the same after a restart. */
    public String replicaUrl() {
        return replica.jdbcUrl();
    }

    /** Stops the replica as an administrator would; the primary keeps running. */
    public void stopReplica() throws Exception {
        replica.stop();
    }

    /** Starts the stopped replica again; it catches up with the primary by itself. */
    public void startReplica() throws Exception {
        replica.start();
    }

    /** Makes the replica lag: it keeps receiving changes but stops applying them. */
    public void pauseReplay() throws Exception {
        replicaAdmin(family.equals("postgresql") ? "SELECT pg_wal_replay_pause()" : "STOP SLAVE SQL_THREAD");
    }

    /** Lets the replica apply what it received again. */
    public void resumeReplay() throws Exception {
        replicaAdmin(family.equals("postgresql") ? "SELECT pg_wal_replay_resume()" : "START SLAVE SQL_THREAD");
    }

    private void replicaAdmin(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(replica.jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            replica.close();
        } finally {
            primary.close();
        }
    }
}
