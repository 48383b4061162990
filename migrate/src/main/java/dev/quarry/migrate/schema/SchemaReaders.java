package dev.quarry.migrate.schema;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialect;

/** The {@link SchemaReader} and {@link SchemaConventions} of each dialect. */
public final class SchemaReaders {
    private SchemaReaders() {
    }

    /** The reader for a dialect's catalogs. */
    public static SchemaReader forDialect(Dialect dialect) {
        return switch (dialect.name()) {
            case "postgresql" -> new PostgresSchemaReader();
            case "mysql", "mariadb" -> new MySqlSchemaReader();
            case "sqlite" -> new SqliteSchemaReader();
            default -> throw new UnsupportedFeatureException("reading the schema", dialect.name(),
                    "use PostgreSQL, MySQL, MariaDB or SQLite");
        };
    }
}
