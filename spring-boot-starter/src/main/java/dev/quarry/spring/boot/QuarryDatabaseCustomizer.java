package dev.quarry.spring.boot;

import dev.quarry.jdbc.DatabaseConfig;

/**
 * Changes the configuration of a Quarry database the auto-configuration creates, before it is
 * built: observers, a statement listener, a query budget, naming. Every bean of this type is applied,
 * in Spring's order ({@code @Order}), to the primary database and to each named one
 * ({@code quarry.databases.<name>}); the metrics and tracing of the auto-configuration are applied
 * the same way. Called once per database, during the application's startup.
 */
@FunctionalInterface
public interface QuarryDatabaseCustomizer {
    /**
     * @param name the database's name in the properties: {@link QuarryProperties#PRIMARY} for the one
     *     over Spring's {@code DataSource}, the key under {@code quarry.databases} for a named one
     * @param builder its configuration; {@link DatabaseConfig.Builder#createsPool()} tells a named
     *     database (a pool of Quarry's own) from the primary one
     */
    void customize(String name, DatabaseConfig.Builder builder);
}
