package dev.quarry.migrate.diff;

import dev.quarry.dialect.Dialect;
import dev.quarry.jdbc.Database;
import dev.quarry.migrate.schema.SchemaReaders;
import dev.quarry.render.TableDefinitions;
import dev.quarry.schema.TableDefinition;
import dev.quarry.sql.Table;
import java.util.Collection;
import java.util.List;

/**
 * Plans the migration from a database's live schema to a set of table objects. Reads the schema on
 * one pooled connection of the database; safe to call from any thread.
 */
public final class SchemaPlanner {
    private SchemaPlanner() {
    }

    /**
     * The plan that makes the database's tables what the table objects declare. Tables the objects
     * do not declare are dropped by the plan (graded destructive), except the excluded ones. The
     * changes that need data are graded by the rows of their tables, counted for those tables only
     * (see {@link SchemaDiff#between(List, List, Dialect, Renames, RowCounts)}).
     *
     * @param excluded table names the plan leaves alone: the migration history table
     */
    public static MigrationPlan plan(Database database, Collection<? extends Table> tables, Renames renames,
            List<String> excluded) {
        Dialect dialect = database.dialect();
        List<TableDefinition> declared = withAuditLog(tables).stream().map(table -> TableDefinitions.of(table, dialect)).toList();
        return SchemaDiff.between(readLive(database, excluded), declared, dialect, renames, new LiveRowCounts(database));
    }

    /** The tables, and the audit table after them when one of them is audited and it is not declared. */
    private static List<Table> withAuditLog(Collection<? extends Table> tables) {
        List<Table> all = new java.util.ArrayList<>(tables);
        if (all.stream().anyMatch(Table::isAudited) && !all.contains(dev.quarry.jdbc.audit.AuditLog.TABLE)) {
            all.add(dev.quarry.jdbc.audit.AuditLog.TABLE);
        }
        return all;
    }

    /** The database's tables as its catalogs describe them, without the excluded ones. */
    public static List<TableDefinition> readLive(Database database, List<String> excluded) {
        Dialect dialect = database.dialect();
        return database.internals().withConnection(connection ->
                SchemaReaders.forDialect(dialect).read(connection, excluded));
    }
}
