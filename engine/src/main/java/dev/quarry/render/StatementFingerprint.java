package dev.quarry.render;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * The shape of a statement without its values: the key under which statements are counted, timed,
 * traced and logged.
 *
 * <p>{@link #of(String)} normalises SQL text: string and number literals become {@code ?}, runs of
 * white space one space, and a list of placeholders or of placeholder rows (an IN list, the rows of
 * a multi-row insert) one element followed by {@code …}, so an IN list of 3 values and one of 30
 * share a fingerprint. Quoted identifiers are kept as written. Statements built through the Kotlin
 * DSL and the Java facade render the same SQL and so get the same fingerprint; SQL written by hand
 * gets one by the same rules.
 *
 * <p>{@link #name()} is short and readable, of bounded variety for one application (an operation
 * and the first table it names): {@code select users}, {@code insert order_items}; it is fit for a
 * metric tag or a span name. Immutable and thread-safe; fingerprints of recent texts are cached.
 *
 * <p>Two fingerprints are equal when their text, operation and collection are.
 */
public final class StatementFingerprint {
    private static final int CACHE_LIMIT = 4096;
    private static final ConcurrentMap<String, StatementFingerprint> CACHE = new ConcurrentHashMap<>();

    private final String text;
    private final String operation;
    private final @Nullable String collection;
    private final String name;

    /**
     * @param text the normalised SQL text
     * @param operation the statement's operation in lower case ({@code select}, {@code insert},
     *     {@code update}, {@code delete}, or the first keyword of other statements)
     * @param collection the table the operation targets (FROM of a select or delete, INTO of an
     *     insert, the table of an update), unquoted, or null if there is none
     */
    public StatementFingerprint(String text, String operation, @Nullable String collection) {
        this.text = Objects.requireNonNull(text, "text");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.collection = collection;
        this.name = collection == null ? operation : operation + " " + collection;
    }

    /** The fingerprint of SQL text; the same text always gives an equal fingerprint. */
    public static StatementFingerprint of(String sql) {
        StatementFingerprint cached = CACHE.get(sql);
        if (cached != null) {
            return cached;
        }
        StatementFingerprint computed = FingerprintScanner.scan(sql);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.putIfAbsent(sql, computed);
        }
        return computed;
    }

    /** The normalised SQL text. */
    public String text() {
        return text;
    }

    /** The statement's operation in lower case. */
    public String operation() {
        return operation;
    }

    /** The table the operation targets, unquoted, or null if there is none. */
    public @Nullable String collection() {
        return collection;
    }

    /** The operation and the table it targets ({@code select users}), or the operation alone. */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatementFingerprint that && text.equals(that.text)
                && operation.equals(that.operation) && Objects.equals(collection, that.collection);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
