package dev.quarry.migrate.schema;

import dev.quarry.schema.TableDefinition;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads the tables of the connection's current schema (PostgreSQL), database (MySQL, MariaDB) or
 * main database file (SQLite) as {@link TableDefinition}s, in the dialect's own spelling of types
 * and defaults. Stateless; one implementation per dialect, see {@link SchemaReaders}.
 */
public interface SchemaReader {
    /**
     * The base tables, ordered by name, without the ones whose names are excluded.
     *
     * @param excluded table names to leave out (the migration history table)
     */
    List<TableDefinition> read(Connection connection, List<String> excluded) throws SQLException;
}
