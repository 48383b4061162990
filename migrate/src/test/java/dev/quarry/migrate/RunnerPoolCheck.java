package dev.quarry.migrate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After every test, every open test database must have all its connections back in the pool: a
 * runner that kept its session connection fails the test that caused it.
 */
public final class RunnerPoolCheck implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) {
        for (Database database : RunnerDatabases.openDatabases()) {
            assertTrue(database.internals().awaitIdle(Duration.ofSeconds(10)), () -> context.getDisplayName()
                    + " leaked on database '" + database.name() + "': " + database.internals().usage());
        }
    }
}
