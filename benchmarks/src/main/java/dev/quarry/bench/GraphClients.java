package dev.quarry.bench;

import dev.quarry.jdbc.Database;
import javax.sql.DataSource;

/**
 * W8's clients of one database, on the pools of {@link Clients}: hand-written JDBC with three
 * statements and with one JSON-aggregating statement on the JDBC pool, Quarry's Java facade and
 * Kotlin DSL on Quarry's pool, Exposed's DAO on the peers' pool.
 */
public final class GraphClients {
    public final GraphJdbcWorkloads jdbc;
    public final GraphJsonWorkloads jdbcJson;
    public final GraphQuarryJavaWorkloads quarryJava;
    public final GraphQuarryKotlinWorkloads quarryKotlin;
    public final GraphExposedWorkloads exposed;

    GraphClients(Database quarry, DataSource jdbcPool, DataSource peerPool) {
        GraphData.ensure(quarry);
        String dialect = quarry.dialect().name();
        this.jdbc = new GraphJdbcWorkloads(jdbcPool, dialect);
        this.jdbcJson = new GraphJsonWorkloads(jdbcPool, dialect);
        this.quarryJava = new GraphQuarryJavaWorkloads(quarry);
        this.quarryKotlin = new GraphQuarryKotlinWorkloads(quarry);
        this.exposed = new GraphExposedWorkloads(peerPool);
    }
}
