package dev.quarry.render;

import dev.quarry.sql.Cte;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The CTEs read while one statement (or one CTE definition) was written, in order of first use.
 * Most statements read none, so the set is made on the first reference.
 */
final class CteScope {
    private Set<Cte> referenced = Set.of();

    void reference(Cte cte) {
        if (referenced.isEmpty()) {
            referenced = new LinkedHashSet<>();
        }
        referenced.add(cte);
    }

    Set<Cte> referenced() {
        return referenced;
    }
}
