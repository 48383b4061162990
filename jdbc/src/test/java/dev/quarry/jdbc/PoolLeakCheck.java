package dev.quarry.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After every test, every open test database must have all its connections idle and its permits
 * free: a leak fails the test that caused it. Work still finishing (a cancelled statement returning)
 * gets a few seconds. Registered for every test class through extension auto-detection.
 */
public final class PoolLeakCheck implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) {
        for (Database db : TestDatabases.openDatabases()) {
            assertTrue(db.internals().awaitIdle(Duration.ofSeconds(10)),
                    () -> context.getDisplayName() + " leaked on database '" + db.name() + "': " + db.internals().usage());
        }
    }
}
