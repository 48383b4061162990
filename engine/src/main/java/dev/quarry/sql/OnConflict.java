package dev.quarry.sql;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an upsert does when the row conflicts with an existing one on a unique key: nothing, or
 * update the existing row. Rendered as {@code ON CONFLICT (…) DO …} on PostgreSQL and SQLite and
 * {@code ON DUPLICATE KEY UPDATE …} on MySQL/MariaDB (which take any unique key, not just the
 * target's).
 *
 * @param target the columns of the unique key that decides a conflict
 * @param updates the assignments to the existing row, or null for DO NOTHING; they may read
 *     {@link Expression.Excluded} values
 */
public record OnConflict(List<Column<?>> target, @Nullable List<Assignment<?>> updates) {
    public OnConflict {
        target = List.copyOf(target);
        if (target.isEmpty()) {
            throw new IllegalArgumentException("an upsert needs the columns of the unique key it conflicts on");
        }
        if (updates != null) {
            updates = List.copyOf(updates);
            if (updates.isEmpty()) {
                throw new IllegalArgumentException("DO UPDATE needs at least one assignment; use doNothing()");
            }
        }
    }

    /** Whether the conflicting row is left alone. */
    public boolean doesNothing() {
        return updates == null;
    }

    /** The conflict target of an insert, waiting for its action. */
    public record Target(Insert insert, List<Column<?>> columns) {
        public Target {
            Objects.requireNonNull(insert, "insert");
            columns = List.copyOf(columns);
        }

        /** {@code DO NOTHING}: the conflicting row is kept as it is. */
        public Insert doNothing() {
            return insert.onConflict(new OnConflict(columns, null));
        }

        /** {@code DO UPDATE SET …}: the conflicting row is updated. */
        public Insert doUpdate(Assignment<?>... assignments) {
            return insert.onConflict(new OnConflict(columns, List.of(assignments)));
        }

        /** {@code DO UPDATE SET col = excluded.col} for each column: the new values win. */
        public Insert doUpdateWithNewValues(Column<?>... updated) {
            Assignment<?>[] assignments = new Assignment<?>[updated.length];
            for (int i = 0; i < updated.length; i++) {
                assignments[i] = Assignment.excluded(updated[i]);
            }
            return doUpdate(assignments);
        }
    }
}
