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

    /** The JDBC URL of a target's server: a family, or {@code mysql-connectorj}. */
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
            throw new IllegalStateException(family + " is not among the tested targets " + TestSettings.targets());
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
        Map<String, Future<Map<String, String>>> pending = new HashMap<>();
        ExecutorService starter = Executors.newFixedThreadPool(2);
        try {
            for (String family : families) {
                String configured = TestSettings.value("quarry.test." + family + ".url");
                if (!configured.isEmpty()) {
                    configuredUrls(family, configured);
                } else {
                    pending.put(family, starter.submit(embedded(family)));
                }
            }
            for (Map.Entry<String, Future<Map<String, String>>> entry : pending.entrySet()) {
                try {
                    URLS.putAll(entry.getValue().get());
                } catch (Exception e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    IllegalStateException failure = new IllegalStateException("could not start an embedded "
                            + entry.getKey() + " server for the tests (" + cause + "); set quarry.test."
                            + entry.getKey() + ".url to use an existing server, or quarry.test.dialects to"
                            + " leave it out of a local run", cause);
                    for (String target : TestSettings.targets()) {
                        if (TestSettings.familyOf(target).equals(entry.getKey())) {
                            FAILURES.put(target, failure);
                        }
                    }
                }
            }
        } finally {
            starter.shutdownNow();
        }
        System.out.println("[quarry-testkit] testing on " + describe(families));
    }

    /**
     * A configured URL serves the targets of its family whose driver its scheme names; a MySQL-family
     * target of the other driver fails with what to set, so no combination is left out silently.
     */
    private static void configuredUrls(String family, String url) {
        if (!family.equals("mysql")) {
            URLS.put(family, url);
            return;
        }
        String target = url.startsWith("jdbc:mysql:") ? TestSettings.CONNECTOR_J_TARGET : "mysql";
        for (String wanted : TestSettings.targets()) {
            if (!TestSettings.familyOf(wanted).equals("mysql")) {
                continue;
            }
            if (wanted.equals(target)) {
                URLS.put(wanted, url);
            } else {
                FAILURES.put(wanted, new IllegalStateException("quarry.test.mysql.url is a " + url.substring(0, url.indexOf(':', 5) + 1)
                        + " URL, which runs through " + (target.equals("mysql") ? "MariaDB Connector/J" : "MySQL Connector/J")
                        + ", but quarry.test.mysql.drivers asks for " + TestSettings.mysqlDrivers() + "; set quarry.test.mysql.drivers="
                        + (target.equals("mysql") ? "mariadb" : "connectorj") + " to test through that driver only"));
            }
        }
    }

    private static Callable<Map<String, String>> embedded(String family) {
        return switch (family) {
            case "sqlite" -> () -> Map.of("sqlite", sqliteFile());
            case "postgresql" -> () -> Map.of("postgresql", track(EmbeddedPostgresServer.create()).jdbcUrl());
            case "mysql" -> TestServers::embeddedMariaDb;
            default -> throw new IllegalArgumentException(family);
        };
    }

    /** One MariaDB server for both drivers, with a database of each target's own. */
    private static Map<String, String> embeddedMariaDb() throws Exception {
        EmbeddedMariaDbServer server = track(EmbeddedMariaDbServer.create());
        Map<String, String> urls = new HashMap<>();
        List<String> drivers = TestSettings.mysqlDrivers();
        if (drivers.contains("mariadb")) {
            urls.put("mysql", server.jdbcUrl());
        }
        if (drivers.contains("connectorj")) {
            urls.put(TestSettings.CONNECTOR_J_TARGET, server.connectorJUrl());
        }
        return urls;
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
        for (String target : TestSettings.targets()) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(target).append(FAILURES.containsKey(target) ? " (FAILED TO START)" : "");
        }
        if (families.size() < TestSettings.FAMILIES.size()) {
            text.append(" -- restricted by quarry.test.dialects; CI runs all of ").append(TestSettings.FAMILIES);
        }
        return text.toString();
    }
}
