package dev.quarry.policy.internal;

import dev.quarry.sql.Column;
import dev.quarry.sql.Cte;
import dev.quarry.sql.Query;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A CTE whose definition has the row policies applied: same name, columns and recursion as the
 * original. The definition is set once, right after construction (a recursive CTE's definition
 * reads the policed CTE itself, so it is built after the CTE exists), before anything renders it.
 */
final class PolicedCte extends Cte {
    private @Nullable Query definition;

    @SuppressWarnings({"unchecked", "rawtypes"})
    PolicedCte(Cte original) {
        super(original.tableName(), original.isRecursive());
        for (Column<?> column : original.columns()) {
            column(column.name(), (dev.quarry.sql.SqlType) column.sqlType());
        }
    }

    void define(Query query) {
        this.definition = Objects.requireNonNull(query, "query");
    }

    @Override
    protected Query definition() {
        if (definition == null) {
            throw new IllegalStateException("the policed CTE " + tableName() + " was rendered before it was defined");
        }
        return definition;
    }
}
