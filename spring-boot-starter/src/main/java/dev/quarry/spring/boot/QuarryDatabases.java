package dev.quarry.spring.boot;

import dev.quarry.jdbc.Database;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Quarry databases of the application context: the primary one over Spring's
 * {@code DataSource}, if there is one, and those named under {@code quarry.databases}. The named
 * ones run on pools of their own, opened at startup and closed with the context; the primary one
 * belongs to its own bean. Immutable and thread-safe.
 */
public final class QuarryDatabases implements AutoCloseable {
    private final @Nullable Database primary;
    private final Map<String, Database> named;

    QuarryDatabases(@Nullable Database primary, Map<String, Database> named) {
        this.primary = primary;
        this.named = Collections.unmodifiableMap(named);
    }

    /**
     * The database named under {@code quarry.databases}.
     *
     * @throws IllegalArgumentException naming the configured names when none has this name
     */
    public Database get(String name) {
        Database database = named.get(name);
        if (database == null) {
            throw new IllegalArgumentException("no Quarry database named '" + name + "' is configured; the names under"
                    + " quarry.databases are " + named.keySet());
        }
        return database;
    }

    /** The names under {@code quarry.databases}, in the order they were configured. */
    public Set<String> names() {
        return named.keySet();
    }

    /**
     * The database over Spring's {@code DataSource}.
     *
     * @throws IllegalStateException when the context has no single DataSource, or defines its own Database bean
     */
    public Database primary() {
        if (primary == null) {
            throw new IllegalStateException("the application context has no primary Quarry database: it needs a single"
                    + " DataSource bean");
        }
        return primary;
    }

    /** Closes the named databases and their pools; the primary one is closed by its own bean. */
    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (Database database : named.values()) {
            try {
                database.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    @Override
    public String toString() {
        return "QuarryDatabases[primary=" + (primary == null ? "none" : primary.name()) + ", named=" + named.keySet() + "]";
    }
}
