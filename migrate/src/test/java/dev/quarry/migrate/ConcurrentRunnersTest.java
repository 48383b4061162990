package dev.quarry.migrate;

import static dev.quarry.migrate.RunnerQueries.historyVersions;
import static dev.quarry.migrate.RunnerQueries.number;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.jdbc.Database;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Runners started at once on separate pools apply each migration exactly once between them. */
@ExtendWith(RunnerPoolCheck.class)
class ConcurrentRunnersTest {
    private static final int RUNNERS = 4;

    @TempDir
    Path directory;

    @OnEveryDialect
    void concurrentRunnersApplyEachMigrationOnce(TestTarget target) throws Exception {
        Database shared = RunnerDatabases.clean(target);
        new ScriptDirectory(directory)
                .write("0001_create_counter.up.sql", "CREATE TABLE mr_counter (note VARCHAR(40) NOT NULL);")
                .write("0003_count_once.up.sql", "INSERT INTO mr_counter (note) VALUES ('once');")
                .write("0004_add_extra.up.sql", "ALTER TABLE mr_counter ADD COLUMN extra INTEGER;")
                .write("0005_create_more.up.sql", "CREATE TABLE mr_more (id INTEGER);");
        CodeMigration slow = CodeMigration.of(2, "take a while", context -> Thread.sleep(300));
        List<Database> databases = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(RUNNERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<ExecutedMigration>>> results = new ArrayList<>();
            for (int i = 0; i < RUNNERS; i++) {
                Database database = RunnerDatabases.open(target, "runner-concurrent", 2);
                databases.add(database);
                Migrator migrator = Migrator.builder(database).location(directory).migration(slow)
                        .lockTimeout(Duration.ofSeconds(60)).build();
                results.add(threads.submit(() -> {
                    start.await();
                    return migrator.up();
                }));
            }
            start.countDown();
            List<Long> applied = new ArrayList<>();
            for (Future<List<ExecutedMigration>> result : results) {
                applied.addAll(UsersScripts.versions(result.get(120, TimeUnit.SECONDS)));
            }
            applied.sort(null);
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L), applied,
                    "between them the runners applied each migration exactly once");
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L), historyVersions(shared), "each recorded once");
            assertEquals(1, number(shared, "SELECT COUNT(*) FROM mr_counter"), "the insert ran once");
        } finally {
            threads.shutdownNow();
            databases.forEach(Database::close);
        }
    }
}
