package dev.quarry.micrometer.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code statement} tag values of one database: the first {@code limit} distinct names are
 * kept as they are, later ones become one shared value, so hand-written SQL of ever new shapes
 * cannot grow the number of meters without bound. Thread-safe.
 */
final class StatementNames {
    private final int limit;
    private final String other;
    private final Set<String> admitted = ConcurrentHashMap.newKeySet();

    StatementNames(int limit, String other) {
        this.limit = limit;
        this.other = other;
    }

    /** The tag value for a statement name. */
    String tagFor(String name) {
        if (admitted.contains(name)) {
            return name;
        }
        if (admitted.size() >= limit) {
            return other;
        }
        synchronized (admitted) {
            if (admitted.size() < limit) {
                admitted.add(name);
                return name;
            }
        }
        return admitted.contains(name) ? name : other;
    }
}
