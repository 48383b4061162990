package dev.quarry.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** A PostgreSQL server from Maven Central binaries, started in a temporary directory. */
final class EmbeddedPostgresServer implements AutoCloseable {
    private final EmbeddedPostgres server;
    private final String jdbcUrl;

    private EmbeddedPostgresServer(EmbeddedPostgres server, String jdbcUrl) {
        this.server = server;
        this.jdbcUrl = jdbcUrl;
    }

    static EmbeddedPostgresServer start() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
        try (Connection connection = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"));
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE quarry");
        }
        return new EmbeddedPostgresServer(server, server.getJdbcUrl("postgres", "quarry"));
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
