package dev.quarry.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.dialect.Dialects;
import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;

/**
 * The four clients of one database: hand-written JDBC and Exposed on one HikariCP pool, Quarry's
 * Java facade and Kotlin DSL on Quarry's own pool of the same size and settings. The untimed work
 * between operations (emptying and refilling tables) runs on a third pool: on PostgreSQL the
 * backend that rewrote a table runs the next statements on it measurably slower, which would
 * handicap whichever client shared its pool.
 */
public final class Clients implements AutoCloseable {
    /** Connections per pool, as W6 prescribes. */
    public static final int POOL_SIZE = 8;

    public final String dialect;
    public final Database quarry;
    public final JdbcWorkloads jdbc;
    public final QuarryJavaWorkloads quarryJava;
    public final QuarryKotlinWorkloads quarryKotlin;
    public final ExposedWorkloads exposed;
    /** W8's clients, on the same pools. */
    public final GraphClients graphs;
    /** The untimed preparation of operations, on a pool no client measures. */
    public final QuarryJavaWorkloads setup;
    private final Database setupDatabase;
    private final HikariDataSource peerPool;
    private final HikariDataSource jdbcPool;

    public Clients(String dialect, int streamedRows) {
        this.dialect = dialect;
        String url = BenchTargets.url(dialect);
        this.quarry = Database.connect(DatabaseConfig.builder(url).name("bench-" + dialect).poolSize(POOL_SIZE).build());
        BenchData.ensure(quarry, streamedRows);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("peers-" + dialect);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setAutoCommit(false);
        Dialects.forJdbcUrl(url).connectionProperties().forEach(config::addDataSourceProperty);
        if (url.startsWith("jdbc:mysql:")) {
            // What a careful hand-written Connector/J setup sets, as Quarry does: bulk inserts in one statement, parsed statements cached.
            config.addDataSourceProperty("rewriteBatchedStatements", "true");
            config.addDataSourceProperty("cachePrepStmts", "true");
            config.addDataSourceProperty("prepStmtCacheSize", "250");
            config.addDataSourceProperty("prepStmtCacheSqlLimit", "2048");
        }
        this.peerPool = new HikariDataSource(config);
        // Hand-written JDBC as a careful user configures it: connections in auto-commit mode, so a
        // read is one round trip; JdbcWorkloads opens transactions where a workload needs one.
        HikariConfig jdbcConfig = new HikariConfig();
        config.copyStateTo(jdbcConfig);
        jdbcConfig.setPoolName("jdbc-" + dialect);
        jdbcConfig.setAutoCommit(true);
        this.jdbcPool = new HikariDataSource(jdbcConfig);
        this.jdbc = new JdbcWorkloads(jdbcPool, quarry.dialect().name());
        this.quarryJava = new QuarryJavaWorkloads(quarry);
        this.quarryKotlin = new QuarryKotlinWorkloads(quarry);
        this.exposed = new ExposedWorkloads(peerPool);
        this.graphs = new GraphClients(quarry, jdbcPool, peerPool);
        this.setupDatabase = Database.connect(DatabaseConfig.builder(url).name("bench-setup-" + dialect).poolSize(1).build());
        this.setup = new QuarryJavaWorkloads(setupDatabase);
    }

    /** A connection of the peers' pool, for reading the server's metadata. */
    java.sql.Connection peerConnection() throws java.sql.SQLException {
        return peerPool.getConnection();
    }

    @Override
    public void close() {
        quarry.close();
        setupDatabase.close();
        peerPool.close();
        jdbcPool.close();
    }
}
