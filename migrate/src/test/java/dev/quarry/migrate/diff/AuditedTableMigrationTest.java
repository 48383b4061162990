package dev.quarry.migrate.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.audit.AuditLog;
import dev.quarry.migrate.Migrator;
import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** Migrations of a table set with an audited table create the audit table too, and then find nothing to do. */
class AuditedTableMigrationTest {
    static final class Claims extends Table {
        static final Claims CLAIMS = new Claims();
        final Column<Long> id = bigint("id").autoIncrement();
        final Column<Integer> amount = integer("amount");

        private Claims() {
            super("mig_audited_claims");
            audited();
        }
    }

    @TempDir
    Path directory;

    @OnEveryDialect
    void aGeneratedMigrationCreatesTheAuditTableWithTheAuditedOne(TestTarget target) throws IOException {
        Database database = SchemaEvolutionTest.open(target);
        SchemaEvolutionTest.dropAll(database);
        Migrator migrator = Migrator.builder(database).location(directory).build();
        List<Path> written = migrator.generate(directory, "claims", List.of(Claims.CLAIMS), Renames.none(), false);
        String up = Files.readString(written.get(0));
        assertTrue(up.contains("create table quarry_audit"), up);
        migrator.up();
        assertTrue(migrator.diff(List.of(Claims.CLAIMS), Renames.none()).isEmpty(), "nothing left to do on " + target);
        List<String> live = SchemaPlanner.readLive(database, List.of(migrator.historyTable())).stream()
                .map(table -> table.name()).sorted().toList();
        assertEquals(List.of(Claims.CLAIMS.tableName(), AuditLog.TABLE.tableName()), live);
        SchemaEvolutionTest.dropAll(database);
    }
}
