package dev.quarry.migrate.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import dev.quarry.testkit.TestTargets;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A schema evolves through four planned migrations and back: after each step up the live schema
 * equals the declaration (the next plan is empty), destructive steps are refused unless allowed,
 * and after each step down the live schema equals the previous declaration.
 */
class SchemaEvolutionTest {

    private static final Map<String, Database> DATABASES = new ConcurrentHashMap<>();

    /** The diff suites' database of a target, shared by their tests. */
    static Database open(TestTarget target) {
        return DATABASES.computeIfAbsent(target.name(), name -> {
            Database database = Database.connect(DatabaseConfig.builder(target.jdbcUrl())
                    .name("migrate-diff-" + name).poolSize(2).build());
            TestTargets.closeAtEnd(database);
            return database;
        });
    }

    /** Drops every table of the scratch database. */
    static void dropAll(Database database) {
        apply(database, SchemaPlanner.plan(database, List.of(), Renames.none(), List.of()).upStatements());
    }

    /** Runs DDL the way the migration runner does: in one transaction where DDL is transactional. */
    static void apply(Database database, List<String> statements) {
        apply(database, statements, database.dialect().supportsTransactionalDdl());
    }

    static void apply(Database database, List<String> statements, boolean transactional) {
        boolean sqlite = database.dialect().name().equals("sqlite");
        database.internals().withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                if (sqlite) {
                    statement.execute("PRAGMA foreign_keys = OFF");
                }
                connection.setAutoCommit(!transactional);
                try {
                    for (String sql : statements) {
                        statement.execute(sql);
                    }
                    if (transactional) {
                        connection.commit();
                    }
                } catch (Exception e) {
                    if (transactional) {
                        connection.rollback();
                    }
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                    if (sqlite) {
                        statement.execute("PRAGMA foreign_keys = ON");
                    }
                }
            }
            return null;
        });
    }

    private static MigrationPlan plan(Database database, int stage) {
        Renames renames = stage == 3 ? Stages.RENAMES_TO_3 : Renames.none();
        return SchemaPlanner.plan(database, Stages.ALL.get(stage), renames, List.of());
    }

    private static long count(Database database, String sql) {
        return database.internals().withConnection(connection -> {
            try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @OnEveryDialect
    void schemaEvolvesUpAndBackDownWithEmptyDiffsAfterEachStep(TestTarget target) {
        Database database = open(target);
        dropAll(database);
        List<List<String>> downs = new ArrayList<>();
        downs.add(List.of());
        for (int stage = 1; stage < Stages.ALL.size(); stage++) {
            MigrationPlan plan = plan(database, stage);
            assertTrue(!plan.isEmpty(), "stage " + stage + " changes something");
            if (stage == 4) {
                MigrationPlan destructive = plan;
                DestructiveChangeException refused = assertThrows(DestructiveChangeException.class,
                        () -> destructive.requireAllowed(false));
                assertTrue(refused.getMessage().contains("mig_authors.active"), refused.getMessage());
                assertTrue(refused.getMessage().contains("mig_books.title")
                        || refused.getMessage().contains("rebuild table mig_books"), refused.getMessage());
            } else {
                plan.requireAllowed(false);
            }
            apply(database, plan.transactionalPart().upStatements());
            apply(database, plan.nonTransactionalPart().upStatements(), false);
            List<String> down = new ArrayList<>(plan.nonTransactionalPart().downStatements());
            down.addAll(plan.transactionalPart().downStatements());
            downs.add(down);
            MigrationPlan after = plan(database, stage);
            assertTrue(after.isEmpty(), "after stage " + stage + " the schema equals the declaration on "
                    + target + ", but the diff still holds:\n" + after.describe() + "\nplan was:\n" + plan.describe()
                    + String.join(";\n", plan.upStatements()));
            if (stage == 2) {
                apply(database, List.of("INSERT INTO mig_authors (name, email) VALUES ('Ada', 'ada@example.org')",
                        "INSERT INTO mig_books (author_id, title) VALUES (1, 'Notes')"));
            }
        }
        assertEquals(1, count(database, "SELECT COUNT(*) FROM mig_books WHERE title = 'Notes' AND price = 0"),
                "the book written at stage 2 survives to stage 4 on " + target);
        assertEquals(1, count(database, "SELECT COUNT(*) FROM mig_authors WHERE email_address = 'ada@example.org'"),
                "the renamed column keeps its values on " + target);
        for (int stage = Stages.ALL.size() - 1; stage >= 1; stage--) {
            apply(database, downs.get(stage));
            List<Table> previous = Stages.ALL.get(stage - 1);
            MigrationPlan after = SchemaPlanner.plan(database, previous, Renames.none(), List.of());
            assertTrue(after.isEmpty(), "after reverting stage " + stage + " the schema equals stage " + (stage - 1)
                    + " on " + target + ", but the diff holds:\n" + after.describe());
        }
        assertEquals(List.of(), SchemaPlanner.readLive(database, List.of()), "no table is left on " + target);
    }
}
