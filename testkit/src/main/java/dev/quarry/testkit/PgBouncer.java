package dev.quarry.testkit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PgBouncer in transaction-pooling mode in front of the test run's PostgreSQL server, for
 * the pooler profile's tests: Debian's binary ({@code /usr/sbin/pgbouncer}, package
 * {@code pgbouncer}) or the one {@code quarry.test.pgbouncer.binary} names. It listens on
 * 127.0.0.1 on a free port, with a generated ini and user list in a temporary directory
 * ({@code pool_mode = transaction}, {@code auth_type = trust}, four server connections, the
 * driver's {@code extra_float_digits} startup parameter let through). The test kit installs
 * nothing: a missing binary fails the test that asked for it, naming the setting.
 *
 * <p>Which builds run these tests: the jdbc and migrate modules include the {@code PgBouncer*Test}
 * classes when {@code /usr/sbin/pgbouncer} exists, or when {@code -Dquarry.test.pgbouncer.binary=…}
 * is given (then a missing binary fails them); otherwise the classes are not part of the run.
 *
 * <p>Not thread-safe: one test class starts and closes it.
 */
public final class PgBouncer implements AutoCloseable {
    /** The setting that names the binary. */
    public static final String BINARY_PROPERTY = "quarry.test.pgbouncer.binary";
    private static final String DEFAULT_BINARY = "/usr/sbin/pgbouncer";
    private static final long START_MILLIS = 10_000;

    private final Process process;
    private final Path directory;
    private final String jdbcUrl;

    private PgBouncer(Process process, Path directory, String jdbcUrl) {
        this.process = process;
        this.directory = directory;
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * Starts PgBouncer in front of the run's PostgreSQL target. A run whose
     * {@code quarry.test.dialects} leaves PostgreSQL out reports the calling test as not run, saying
     * so; a missing binary fails it.
     *
     * @throws IllegalStateException if the binary is missing or does not start
     */
    public static PgBouncer inFrontOfPostgres() throws Exception {
        Assumptions.assumeTrue(TestTargets.enabledFamilies().contains("postgresql"),
                "PgBouncer stands in front of PostgreSQL, which quarry.test.dialects leaves out of this run");
        return inFrontOf(TestTargets.get("postgresql").jdbcUrl());
    }

    /**
     * Starts PgBouncer in front of the PostgreSQL server of a URL
     * ({@code jdbc:postgresql://host:port/database?user=…}).
     */
    public static PgBouncer inFrontOf(String postgresUrl) throws Exception {
        Path binary = Path.of(TestSettings.value(BINARY_PROPERTY).isEmpty() ? DEFAULT_BINARY : TestSettings.value(BINARY_PROPERTY));
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("PgBouncer is not installed at " + binary + ": install it (Debian: apt-get install"
                    + " pgbouncer) or set " + BINARY_PROPERTY + " to its binary; the PgBouncer tests need a real one");
        }
        URI server = URI.create(postgresUrl.substring("jdbc:".length()));
        Map<String, String> parameters = queryParameters(server.getRawQuery());
        String database = server.getPath().substring(1);
        String user = parameters.getOrDefault("user", "postgres");
        Path directory = Files.createTempDirectory("quarry-pgbouncer-");
        int port = freePort();
        // Clients are trusted; PgBouncer logs in to the server with the password of the URL, if any.
        Files.writeString(directory.resolve("userlist.txt"), "\"" + user + "\" \"" + parameters.getOrDefault("password", "") + "\"\n",
                StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("pgbouncer.ini"), String.join("\n",
                "[databases]",
                database + " = host=" + hostOf(server) + " port=" + server.getPort() + " dbname=" + database,
                "[pgbouncer]",
                "listen_addr = 127.0.0.1",
                "listen_port = " + port,
                "unix_socket_dir =",
                "auth_type = trust",
                "auth_file = " + directory.resolve("userlist.txt"),
                "pool_mode = transaction",
                "default_pool_size = 4",
                "max_client_conn = 200",
                "ignore_startup_parameters = extra_float_digits",
                "log_connections = 0",
                "log_disconnections = 0",
                ""), StandardCharsets.UTF_8);
        readableByAll(directory);
        List<String> command = new ArrayList<>(List.of(binary.toString()));
        if ("root".equals(System.getProperty("user.name"))) {
            // PgBouncer refuses to run as root.
            command.addAll(List.of("-u", "nobody"));
        }
        command.add(directory.resolve("pgbouncer.ini").toString());
        Path log = directory.resolve("pgbouncer.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PgBouncer bouncer = new PgBouncer(process, directory, "jdbc:postgresql://127.0.0.1:" + port + "/" + database
                + "?user=" + user + (parameters.containsKey("password") ? "&password=" + parameters.get("password") : ""));
        try {
            awaitListening(process, port, log);
        } catch (Exception | Error e) {
            bouncer.close();
            throw e;
        }
        return bouncer;
    }

    /** A JDBC URL of the scratch database through PgBouncer, with credentials. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Stops PgBouncer and deletes its files. */
    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Directories.deleteRecursively(directory);
        }
    }

    @Override
    public String toString() {
        return "PgBouncer at " + jdbcUrl;
    }

    private static void awaitListening(Process process, int port, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_MILLIS);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("PgBouncer exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() - deadline >= 0) {
                    throw new IllegalStateException("PgBouncer did not listen on port " + port + " within "
                            + START_MILLIS + " ms: " + Files.readString(log), notYet);
                }
                Thread.sleep(20);
            }
        }
    }

    private static String hostOf(URI server) {
        String host = server.getHost();
        return host == null || host.equals("localhost") ? "127.0.0.1" : host;
    }

    private static Map<String, String> queryParameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return parameters;
    }

    /** Lets the user PgBouncer switches to read its files. */
    private static void readableByAll(Path directory) throws IOException {
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
