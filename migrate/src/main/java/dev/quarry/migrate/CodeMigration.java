package dev.quarry.migrate;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A migration written in Java or Kotlin instead of SQL. It shares the version sequence of the SQL
 * files: a code migration and a file of the same version are an error.
 *
 * <pre>{@code
 * CodeMigration seed = CodeMigration.of(4, "seed admin",
 *     context -> context.execute("INSERT INTO users (name) VALUES (?)", "admin"),
 *     context -> context.execute("DELETE FROM users WHERE name = ?", "admin"));
 * }</pre>
 *
 * <p>Implementations must be immutable and safe to share between threads; {@link #up} and
 * {@link #down} may run on any thread, never two at once for one runner. A code migration has no
 * checksum unless it provides one, so changes to it are not detected.
 */
public interface CodeMigration {

    /** The version, a positive number unique among all migrations. */
    long version();

    /** What the migration does, in words. */
    String description();

    /** Applies the migration. */
    void up(MigrationContext context) throws Exception;

    /** Whether {@link #down} can revert the migration. */
    default boolean hasDown() {
        return false;
    }

    /** Reverts the migration; only called when {@link #hasDown()} is true. */
    default void down(MigrationContext context) throws Exception {
        throw new UnsupportedOperationException("migration " + version() + " (" + description() + ") has no down");
    }

    /**
     * Whether it runs in a transaction where the database has transactional DDL; false for work
     * that must not, which then runs outside one and is recorded as failed if it fails halfway.
     */
    default boolean transactional() {
        return true;
    }

    /** A checksum recorded in the history and compared by validation, or null for none. */
    default @Nullable String checksum() {
        return null;
    }

    /** A code migration without a down. */
    static CodeMigration of(long version, String description, MigrationStep up) {
        return new LambdaMigration(version, description, up, null);
    }

    /** A code migration that can be reverted. */
    static CodeMigration of(long version, String description, MigrationStep up, MigrationStep down) {
        return new LambdaMigration(version, description, up, Objects.requireNonNull(down, "down"));
    }
}
