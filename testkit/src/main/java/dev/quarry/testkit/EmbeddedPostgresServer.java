package dev.quarry.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

/** A PostgreSQL server from Maven Central binaries, with its data in a temporary directory. */
final class EmbeddedPostgresServer implements EmbeddedServer {
    private final Path dataDirectory;
    private final int port;
    private final Map<String, String> serverConfig;
    private EmbeddedPostgres server;
    private boolean running = true;

    private EmbeddedPostgresServer(Path dataDirectory, int port, Map<String, String> serverConfig) throws IOException {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.serverConfig = Map.copyOf(serverConfig);
        this.server = launch();
    }

    static EmbeddedPostgresServer create() throws Exception {
        return create(Map.of());
    }

    /** A server with settings added to the test kit's own ({@code ssl}, {@code ssl_cert_file} …). */
    static EmbeddedPostgresServer create(Map<String, String> serverConfig) throws Exception {
        EmbeddedPostgresServer started = new EmbeddedPostgresServer(Files.createTempDirectory("quarry-postgres-"), freePort(), serverConfig);
        try (Connection connection = DriverManager.getConnection(started.server.getJdbcUrl("postgres", "postgres"));
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE quarry");
        }
        return started;
    }

    /**
     * A server on a data directory prepared elsewhere (a standby's copy of a primary), on a free
     * port; it adopts the directory and deletes it when closed.
     */
    static EmbeddedPostgresServer adopt(Path dataDirectory) throws IOException {
        return new EmbeddedPostgresServer(dataDirectory, freePort(), Map.of());
    }

    private EmbeddedPostgres launch() throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        serverConfig.forEach(builder::setServerConfig);
        return builder
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // The test kit stops its servers itself, before it deletes their data.
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
    }

    /** The server's data directory, which holds {@code pg_hba.conf}. */
    Path dataDirectory() {
        return dataDirectory;
    }

    int port() {
        return port;
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/quarry?user=postgres";
    }

    @Override
    public void stop() throws IOException {
        running = false;
        server.close();
    }

    @Override
    public void start() throws IOException {
        server = launch();
        running = true;
    }

    @Override
    public long pid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
    }

    @Override
    public void close() throws IOException {
        try {
            if (running) {
                stop();
            }
        } finally {
            Directories.deleteRecursively(dataDirectory);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
