package dev.quarry.render;

import dev.quarry.sql.Cte;
import java.util.LinkedHashSet;
import java.util.Set;

/** The CTEs read while one statement (or one CTE definition) was written, in order of first use. */
final class CteScope {
    private final Set<Cte> referenced = new LinkedHashSet<>();

    void reference(Cte cte) {
        referenced.add(cte);
    }

    Set<Cte> referenced() {
        return referenced;
    }
}
