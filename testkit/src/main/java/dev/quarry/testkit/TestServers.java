package dev.quarry.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Obtains each server once per test JVM, on first use: a configured URL if there is one, otherwise
 * an embedded server (PostgreSQL and MariaDB start in parallel). A server that cannot be obtained
 * makes every test that needs it fail with the reason; nothing is skipped. Embedded servers stop
 * when the test session closes, or at JVM exit at the latest.
 *
 * <p>Thread-safe.
 */
final class TestServers {
    private static final Map<String, String> URLS = new HashMap<>();
    private static final Map<String, RuntimeException> FAILURES = new HashMap<>();
    private static final List<AutoCloseable> RUNNING = new ArrayList<>();
    private static final List<AutoCloseable> CLIENTS = new ArrayList<>();
    private static boolean started;

    private TestServers() {
    }

    /** The JDBC URL of the family's server. */
    static synchronized String urlFor(String family) {
        if (!started) {
            startAll();
        }
        RuntimeException failure = FAILURES.get(family);
        if (failure != null) {
            throw failure;
        }
        String url = URLS.get(family);
        if (url == null) {
            throw new IllegalStateException(family + " is not among the tested dialects " + TestSettings.families());
        }
        return url;
    }

    /** Remembers a client (a connection pool) to close before the servers stop. */
    static synchronized void closeBeforeStop(AutoCloseable client) {
        CLIENTS.add(client);
    }

    /** Closes the clients, then stops the embedded servers; later calls to {@link #urlFor} start them again. */
    static synchronized void stopAll() {
        for (AutoCloseable client : CLIENTS) {
            try {
                client.close();
            } catch (Exception e) {
                System.err.println("[quarry-testkit] could not close " + client + ": " + e);
            }
        }
        CLIENTS.clear();
        for (AutoCloseable server : RUNNING) {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("[quarry-testkit] could not stop " + server + ": " + e);
            }
        }
        RUNNING.clear();
        URLS.clear();
        FAILURES.clear();
        started = false;
    }

    private static void startAll() {
        started = true;
        Runtime.getRuntime().addShutdownHook(new Thread(TestServers::stopAll, "quarry-test-servers-stop"));
        List<String> families = TestSettings.families();
        Map<String, Future<String>> pending = new HashMap<>();
        ExecutorService starter = Executors.newFixedThreadPool(2);
        try {
            for (String family : families) {
                String configured = TestSettings.value("quarry.test." + family + ".url");
                if (!configured.isEmpty()) {
                    URLS.put(family, configured);
                } else {
                    pending.put(family, starter.submit(embedded(family)));
                }
            }
            for (Map.Entry<String, Future<String>> entry : pending.entrySet()) {
                try {
                    URLS.put(entry.getKey(), entry.getValue().get());
                } catch (Exception e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    FAILURES.put(entry.getKey(), new IllegalStateException("could not start an embedded "
                            + entry.getKey() + " server for the tests (" + cause + "); set quarry.test."
                            + entry.getKey() + ".url to use an existing server, or quarry.test.dialects to"
                            + " leave it out of a local run", cause));
                }
            }
        } finally {
            starter.shutdownNow();
        }
        System.out.println("[quarry-testkit] testing on " + describe(families));
    }

    private static Callable<String> embedded(String family) {
        return switch (family) {
            case "sqlite" -> TestServers::sqliteFile;
            case "postgresql" -> () -> track(EmbeddedPostgresServer.create()).jdbcUrl();
            case "mysql" -> () -> track(EmbeddedMariaDbServer.create()).jdbcUrl();
            default -> throw new IllegalArgumentException(family);
        };
    }

    private static String sqliteFile() throws IOException {
        Path directory = Files.createTempDirectory("quarry-sqlite-");
        track(() -> {
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(directory);
        });
        return "jdbc:sqlite:" + directory.resolve("quarry.db") + "?journal_mode=WAL&busy_timeout=10000";
    }

    private static <T extends AutoCloseable> T track(T server) {
        synchronized (RUNNING) {
            RUNNING.add(server);
        }
        return server;
    }

    private static String describe(List<String> families) {
        StringBuilder text = new StringBuilder();
        for (String family : families) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(family).append(FAILURES.containsKey(family) ? " (FAILED TO START)" : "");
        }
        if (families.size() < TestSettings.FAMILIES.size()) {
            text.append(" -- restricted by quarry.test.dialects; CI runs all of ").append(TestSettings.FAMILIES);
        }
        return text.toString();
    }
}
