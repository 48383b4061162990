package dev.quarry.migrate.codegen;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.testkit.TestTarget;
import dev.quarry.testkit.TestTargets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Empty schemas of their own for the pull tests, so that a pulled schema holds only the tables a
 * test created: a PostgreSQL schema (the URL's {@code currentSchema}), a MySQL/MariaDB database,
 * a new SQLite file. Each is dropped and created again when asked for.
 */
final class PullSchemas {
    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:[a-z]+://[^/]+/)([^?]*)(.*)$");
    private static final AtomicInteger NAMES = new AtomicInteger();

    private PullSchemas() {
    }

    /** The URL of an empty schema called {@code name} on the target's server. */
    static String emptySchema(TestTarget target, String name) throws SQLException {
        switch (target.family()) {
            case "postgresql" -> {
                run(target.jdbcUrl(), "DROP SCHEMA IF EXISTS " + name + " CASCADE", "CREATE SCHEMA " + name);
                return target.jdbcUrl() + (target.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + name;
            }
            case "mysql" -> {
                run(target.jdbcUrl(), "DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name);
                Matcher url = DATABASE_IN_URL.matcher(target.jdbcUrl());
                if (!url.matches()) {
                    throw new IllegalStateException("cannot find the database in " + target.jdbcUrl());
                }
                return url.group(1) + name + url.group(3);
            }
            default -> {
                return "jdbc:sqlite:" + temporaryDirectory("quarry-pull-sqlite-").resolve(name + ".db");
            }
        }
    }

    /** A small pool on a schema, closed when the test run ends. */
    static Database open(String url) {
        Database database = Database.connect(DatabaseConfig.builder(url).name("pull-" + NAMES.incrementAndGet())
                .poolSize(2).build());
        TestTargets.closeAtEnd(database);
        return database;
    }

    /** A new directory, deleted with its content when the test run ends. */
    static Path temporaryDirectory(String prefix) {
        try {
            Path directory = Files.createTempDirectory(prefix);
            TestTargets.closeAtEnd(() -> {
                try (Stream<Path> paths = Files.walk(directory)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                }
            });
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void run(String url, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
