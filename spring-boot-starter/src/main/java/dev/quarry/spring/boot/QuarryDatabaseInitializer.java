package dev.quarry.spring.boot;

import dev.quarry.jdbc.Database;

/**
 * Work that must be done on the primary Quarry database before any other bean receives it, such as
 * the migrations of {@code quarry.migrate.enabled}. Every bean of this type runs, in Spring's order
 * ({@code @Order}), once, right after the database is connected during the application's startup; a
 * failure closes the database and fails the startup.
 */
@FunctionalInterface
public interface QuarryDatabaseInitializer {
    void initialize(Database database);
}
