package dev.quarry.migrate;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.testkit.TestTarget;
import dev.quarry.testkit.TestTargets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;

/**
 * What the runner tests behind a transaction pooler share: the PostgreSQL target, databases set
 * {@code transactionPooler()}, and three code migrations that record how many advisory locks their
 * own transaction held while they ran.
 */
final class PoolerMigrations {
    static final String HISTORY = "mr_pooler_history";
    static final String LOCK_NAME = "quarry-migrate:" + HISTORY;

    private PoolerMigrations() {
    }

    /** The PostgreSQL target, its scratch schema cleaned; a run without PostgreSQL reports the test as not run, saying why. */
    static TestTarget postgres() {
        Assumptions.assumeTrue(TestTargets.enabledFamilies().contains("postgresql"),
                "transactionPooler() is a PostgreSQL setting, and quarry.test.dialects leaves PostgreSQL out of this run");
        TestTarget target = TestTargets.get("postgresql");
        RunnerDatabases.clean(target);
        return target;
    }

    /** A database on a URL set for a transaction pooler; the caller closes it. */
    static Database pooled(String url, String name, int poolSize) {
        return Database.connect(DatabaseConfig.builder(url).name(name).poolSize(poolSize).transactionPooler().build());
    }

    /** A runner of the migrations on a database, waiting at most the timeout for the lock. */
    static Migrator migrator(Database database, List<CodeMigration> migrations, Duration lockTimeout) {
        return Migrator.builder(database).historyTable(HISTORY).migrations(migrations).lockTimeout(lockTimeout).build();
    }

    /**
     * Three migrations: a table, a row, a column. Each adds to {@code locksSeen} the number of
     * advisory locks its own server session held while it ran.
     */
    static List<CodeMigration> migrations(List<Long> locksSeen) {
        return List.of(
                CodeMigration.of(1, "create items", context -> {
                    locksSeen.add(advisoryLocksHeld(context));
                    context.execute("CREATE TABLE mr_pooled_items (id INTEGER PRIMARY KEY, label VARCHAR(32) NOT NULL)");
                }),
                CodeMigration.of(2, "first item", context -> {
                    locksSeen.add(advisoryLocksHeld(context));
                    context.execute("INSERT INTO mr_pooled_items (id, label) VALUES (?, ?)", 1, "first");
                }),
                CodeMigration.of(3, "item notes", context -> {
                    locksSeen.add(advisoryLocksHeld(context));
                    context.execute("ALTER TABLE mr_pooled_items ADD COLUMN note VARCHAR(64)");
                }));
    }

    static List<Long> newLocksSeen() {
        return new CopyOnWriteArrayList<>();
    }

    /** A migration that must run outside a transaction, as CREATE INDEX CONCURRENTLY must. */
    static CodeMigration outsideATransaction(long version) {
        return new CodeMigration() {
            @Override
            public long version() {
                return version;
            }

            @Override
            public String description() {
                return "index concurrently";
            }

            @Override
            public void up(MigrationContext context) throws Exception {
                context.execute("CREATE INDEX CONCURRENTLY mr_pooled_items_label ON mr_pooled_items (label)");
            }

            @Override
            public boolean transactional() {
                return false;
            }
        };
    }

    static long advisoryLocksHeld(MigrationContext context) throws SQLException {
        try (PreparedStatement statement = context.connection().prepareStatement(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = pg_backend_pid()");
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
